import type { Span } from '../model.js'
import type { ExceptionRecordView, RecordFieldName } from './types.js'

/** Where a record's field is written; the record itself (its label or entry) when the field is missing. */
export const recordField = (record: ExceptionRecordView, field: RecordFieldName): { span: Span; fieldPath: string } => ({
  span: record.spans[field] ?? record.span,
  fieldPath: record.fieldPaths[field] ?? record.fieldPath,
})
