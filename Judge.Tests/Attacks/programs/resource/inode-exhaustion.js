// expect: OK — creates empty files in /tmp until creation fails; nr_inodes=4096 stops it with ENOSPC, so the sum is still returned.
const fs = require('fs');

const CAP = 100000; // far above nr_inodes=4096: reaching it means there was no inode limit
let round = 0;

function solution(a) {
  round++;
  const base = '/tmp/inodes-js';
  try {
    fs.mkdirSync(base);
  } catch (e) {
    // exists already, or no inode left for it (then the first open fails too)
  }
  let sum = 0;
  for (const x of a) sum += x;
  for (let i = 0; i < CAP; i++) {
    let fd;
    try {
      fd = fs.openSync(`${base}/${round}-${i}`, 'wx');
    } catch (e) {
      return sum; // ENOSPC: the inode limit held
    }
    fs.closeSync(fd);
  }
  return -424242;
}
