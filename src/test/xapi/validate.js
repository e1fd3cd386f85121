// Validates a file holding a JSON array of xAPI statements with @learninglocker/xapi-validation.
// Prints one line per problem, "statements[i].path: message", and exits 1 if there is any, 0 if none.
'use strict';
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

function describe(value) {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.slice(0, 120);
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate.js STATEMENTS.json');
  process.exit(2);
}
const statements = JSON.parse(fs.readFileSync(file, 'utf8'));
if (!Array.isArray(statements)) {
  console.error(file + ': expected a JSON array of statements');
  process.exit(1);
}
let problems = 0;
statements.forEach((statement, i) => {
  for (const warning of validate(statement)) {
    problems++;
    const path = warning.path.slice(1).join('.');
    const what = warning.typeName ? 'expected ' + warning.typeName : warning.message;
    console.log('statements[' + i + ']' + (path ? '.' + path : '') + ': ' + what + ', got ' + describe(warning.data)
      + ' (' + warning.constructor.name + ')');
  }
});
console.log(statements.length + ' statements checked, ' + problems + ' problems');
process.exit(problems > 0 ? 1 : 0);
