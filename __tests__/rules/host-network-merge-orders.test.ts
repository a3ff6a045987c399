import { runRuleTests } from '../support/rule-tester.js'

// The same merge read by two decoders: docker compose (go-yaml v3) never lets a merge override a
// key written in the service; Kubernetes (go-yaml v2) lets whichever comes later win.
const anchors = 'x-bridge: &bridge {network_mode: bridge}\nx-host: &host {network_mode: host}\n'

runRuleTests('host-network', {
  valid: [
    {
      name: 'compose: a merge after an explicit key does not override it',
      file: 'compose.yaml',
      code: `${anchors}services:\n  web: {image: x, network_mode: bridge, <<: *host}\n`,
    },
    {
      name: 'Kubernetes: a merge after an explicit key overrides it',
      code: 'x: &off {hostNetwork: false}\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: true, <<: *off, containers: []}\n',
    },
  ],
  invalid: [
    {
      name: 'compose: an explicit host survives a later merge of bridge',
      file: 'compose.yaml',
      code: `${anchors}services:\n  web: {image: x, network_mode: host, <<: *bridge}\n`,
      errors: [{ line: 4, column: 33, message: /compose service "web" sets network_mode: host/ }],
      output: `${anchors}services:\n  web: {image: x, network_mode: bridge, <<: *bridge}\n`,
    },
    {
      name: 'compose, shape only (not by name): the same order',
      file: 'deploy/stack.yml',
      code: `${anchors}services:\n  web: {image: x, network_mode: host, <<: *bridge}\n`,
      errors: [{ line: 4, column: 33 }],
      output: `${anchors}services:\n  web: {image: x, network_mode: bridge, <<: *bridge}\n`,
    },
  ],
})
