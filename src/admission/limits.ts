/**
 * Kubernetes' limits that bound what we generate (Kubernetes 1.30+, k8s.io/apiserver
 * pkg/apis/cel/config.go and etcd's defaults). docs/admission.md explains each.
 */
export const KUBERNETES_LIMITS = {
  /** PerCallLimit: the runtime cost one expression may spend. */
  perExpressionCost: 1_000_000,
  /** RuntimeCELCostBudget: the cost of every expression of one policy evaluation (per binding). */
  perEvaluationCost: 10_000_000,
  /** cel-go's default ExpressionSizeCodePointLimit, which the API server keeps. */
  expressionCodePoints: 100_000,
  /** MaxRequestSizeBytes: the largest request the API server reads. */
  requestBytes: 3 * 1024 * 1024,
  /** etcd's --max-request-bytes default: the largest object it stores. */
  objectBytes: 1.5 * 1024 * 1024,
} as const

/**
 * What we allow ourselves, below the limits: each expression (a chunk of the exception table
 * included) stays under this many code points, and the whole policy under MAX_POLICY_BYTES, or
 * generation fails with a message rather than producing a policy the API server refuses.
 */
export const MAX_EXPRESSION_CODE_POINTS = 64_000
export const MAX_POLICY_BYTES = 1024 * 1024

/** The records would make a policy the API server refuses: the message says which limit and by how much. */
export class AdmissionLimitError extends Error {
  override name = 'AdmissionLimitError'
}
