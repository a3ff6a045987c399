import { runRuleTests } from '../support/rule-tester.js'

const base = 'services:\n  base:\n    image: x\n    network_mode: host\n'

runRuleTests('host-network', {
  valid: [
    {
      name: 'a service that extends a host base but sets its own mode',
      file: 'compose.yaml',
      code: `${base}  web:\n    extends: base\n    network_mode: bridge\n`.replace('network_mode: host', 'network_mode: bridge'),
    },
    {
      name: 'extends from another file is not followed',
      file: 'compose.yaml',
      code: 'services:\n  web:\n    extends: {file: common.yml, service: base}\n  base:\n    image: x\n',
    },
    { name: 'a cycle of extends ends', file: 'compose.yaml', code: 'services:\n  a: {image: x, extends: b}\n  b: {image: x, extends: a}\n' },
  ],
  invalid: [
    {
      name: 'a service extending a host-network base shares it too, reported at its extends',
      file: 'compose.yaml',
      code: `${base}  web:\n    extends: base\n`,
      errors: [
        { line: 4, column: 19, message: /compose service "base" sets network_mode: host/ },
        {
          line: 6,
          column: 14,
          endColumn: 18,
          message: /^compose service "web" extends "base", which sets network_mode: host: shares the host network namespace\.$/,
        },
      ],
      output: `${base.replace('network_mode: host', 'network_mode: bridge')}  web:\n    extends: base\n`,
    },
    {
      name: 'through two levels, in the long form',
      file: 'compose.yaml',
      code: `${base}  mid:\n    extends: {service: base}\n    image: y\n  web:\n    extends:\n      service: mid\n`,
      errors: [
        { line: 4, column: 19 },
        { line: 6, column: 14 },
        { line: 10, column: 7 },
      ],
      output: `${base.replace('network_mode: host', 'network_mode: bridge')}  mid:\n    extends: {service: base}\n    image: y\n  web:\n    extends:\n      service: mid\n`,
    },
  ],
})
