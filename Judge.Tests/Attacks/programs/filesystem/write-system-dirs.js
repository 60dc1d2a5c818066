// expect: OK — creates files in /etc, /usr/bin, / and /sandbox and opens every file under /sandbox (its own program and the test inputs) for appending; the root and /sandbox are read-only, so all fail and the sum is returned.
const fs = require('fs');
const path = require('path');

const NEW_FILES = ['/etc/judge-attack', '/usr/bin/judge-attack', '/judge-attack', '/sandbox/judge-attack', '/sandbox/tests/judge-attack'];
const EXISTING = ['/etc/passwd', '/etc/hosts'];

function canCreate(p) {
  try {
    fs.closeSync(fs.openSync(p, 'wx'));
  } catch (e) {
    return false; // EROFS / EACCES: blocked
  }
  try {
    fs.unlinkSync(p);
  } catch (e) {
    // leave it: the breach is already counted
  }
  return true;
}

function canAppend(p) {
  try {
    fs.closeSync(fs.openSync(p, 'a')); // opened, never written
    return true;
  } catch (e) {
    return false;
  }
}

function sandboxFiles(dir, out) {
  let entries = [];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    return out;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sandboxFiles(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function solution(a) {
  if (NEW_FILES.some(canCreate)) return -424242;
  if (EXISTING.some(canAppend) || sandboxFiles('/sandbox', []).some(canAppend)) return -424242;
  let sum = 0;
  for (const x of a) sum += x;
  return sum;
}
