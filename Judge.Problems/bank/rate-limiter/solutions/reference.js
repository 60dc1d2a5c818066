// Counts the bucket in thousandths of a token: it holds at most capacity * 1000 units, gains
// refillPerSecond units per millisecond, and an allowed request takes 1000 units. O(N).
// All quantities stay below 2^53: units <= 1e12, timestamps <= 1e13, and the product
// elapsed * refillPerSecond is only formed when it is smaller than the missing units.
function solution(capacity, refillPerSecond, timestampsMs) {
    const full = capacity * 1000;
    let units = full;
    let last = timestampsMs[0];
    const allowed = new Array(timestampsMs.length);
    for (let i = 0; i < timestampsMs.length; i++) {
        const elapsed = timestampsMs[i] - last;
        last = timestampsMs[i];

        // elapsed * refillPerSecond can be huge after a long pause: compare against the time
        // the bucket needs to fill up instead, and multiply only when the product stays small.
        const missing = full - units;
        const toFill = Math.floor((missing + refillPerSecond - 1) / refillPerSecond);
        units = elapsed >= toFill ? full : units + elapsed * refillPerSecond;

        if (units >= 1000) {
            units -= 1000;
            allowed[i] = true;
        } else {
            allowed[i] = false;
        }
    }
    return allowed;
}
