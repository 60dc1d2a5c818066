// expect: MEMORY_LIMIT — allocates and fills 16 MiB buffers (outside the V8 heap) without end; the 256 MB limit ends it (allocation failure or an OOM kill), never the host.
const CAP_BLOCKS = 64; // 1 GiB: surviving that means there was no limit

function solution(a) {
  const hoard = [];
  for (let i = 0; i < CAP_BLOCKS; i++) {
    hoard.push(Buffer.alloc(16 << 20, (i % 250) + 1)); // filled: every page is touched
  }
  let sum = 0;
  for (const x of a) sum += x;
  return sum + hoard.length; // wrong on purpose: 1 GiB held and still alive
}
