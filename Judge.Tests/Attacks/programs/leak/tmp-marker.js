// expect: OK — looks for /tmp/judge-attack-marker (left by an earlier submission's attack) and then leaves it; every submission gets a fresh container, so it is never there and the sum is returned.
const fs = require('fs');

const MARKER = '/tmp/judge-attack-marker';

// Checked once, when the script loads: later tests of this same run see our own marker.
const inherited = fs.existsSync(MARKER);
try {
  fs.writeFileSync(MARKER, 'left by leak/tmp-marker.js\n');
} catch (e) {
  // nothing to leave behind then
}

function solution(a) {
  if (inherited) return -424242;
  let sum = 0;
  for (const x of a) sum += x;
  return sum;
}
