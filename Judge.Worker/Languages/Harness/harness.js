// Judge harness for JavaScript (Node.js): runs inside the sandbox, evaluates the candidate's
// solution.js (as a script named solution.js, so syntax errors and stack traces name the
// candidate's own file and lines), calls solution(...) once per test and prints result records
// tagged with a per-run nonce. It decides nothing: the worker compares outputs outside the
// sandbox. Protocol (one record per line on the private stdout):
//   @@<nonce> COMPILE {"line":n,"message":...} | READY | START i | RESULT i {...} | DONE
'use strict';
const fs = require('fs');
const vm = require('vm');

const SOLUTION = '/sandbox/solution.js';
// This process's test group: one file per test, <i>.json (an argument list), i numbering the run's tests.
const TESTS = process.env.HARNESS_TESTS || '/sandbox/tests';

function readNonce() {
  const chunks = [];
  const buf = Buffer.alloc(256);
  while (true) {
    let n;
    try {
      n = fs.readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      if (e.code === 'EAGAIN') continue;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    if (buf.subarray(0, n).includes(10)) break;
  }
  return Buffer.concat(chunks).toString('utf8').split('\n')[0].trim();
}

// Records go to a private descriptor of stdout; whatever the candidate prints (console.log,
// process.stdout.write) lands on stderr, so it can never interleave with or forge a record.
// Node has no dup(): reopening /proc/self/fd/1 gives a descriptor of the same pipe.
function privateStdout() {
  try {
    const fd = fs.openSync('/proc/self/fd/1', 'a');
    return fd;
  } catch {
    return 1;
  }
}

function peakRssKb() {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

class BadValue extends Error {}

// Only plain values: a class instance could rig its JSON form.
function plain(value, path) {
  if (value === null || value === undefined) return null;
  const t = typeof value;
  if (t === 'boolean' || t === 'string') return value;
  if (t === 'number') {
    if (!Number.isFinite(value)) throw new BadValue(`${path} is ${value}, not a finite number`);
    return value;
  }
  if (t === 'bigint') return value;
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const out = [];
    for (let i = 0; i < value.length; i++) out.push(plain(value[i], `${path}[${i}]`));
    return out;
  }
  throw new BadValue(`${path} is a ${value && value.constructor ? value.constructor.name : t}; return plain values (number, boolean, string, array)`);
}

// What the records are written with, taken before the candidate's code runs: replacing
// JSON.stringify, BigInt.prototype.toString or Array.prototype.join afterwards changes nothing here.
const stringify = JSON.stringify;
// The clocks and the input parser, taken before the candidate's code runs too: patching
// process.cpuUsage, process.hrtime or JSON.parse afterwards cannot fake a measurement or an input.
const cpuUsage = process.cpuUsage.bind(process);
const hrtimeBigint = process.hrtime.bigint.bind(process.hrtime);
const parseJson = JSON.parse;
const bigintToString = Function.prototype.call.bind(BigInt.prototype.toString);
const objectEntries = Object.entries;
const isArray = Array.isArray;

// JSON with BigInt (a long result) written as a plain integer; plain loops, no prototype methods.
function toJson(value) {
  if (typeof value === 'bigint') return bigintToString(value);
  if (isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + toJson(value[i]);
    return out + ']';
  }
  if (value !== null && typeof value === 'object') {
    let out = '{';
    let first = true;
    const entries = objectEntries(value);
    for (let i = 0; i < entries.length; i++) {
      out += (first ? '' : ',') + stringify(entries[i][0]) + ':' + toJson(entries[i][1]);
      first = false;
    }
    return out + '}';
  }
  return stringify(value);
}

function candidateLine(error) {
  const stack = error && typeof error.stack === 'string' ? error.stack : '';
  const m = /solution\.js:(\d+)/.exec(stack); // the innermost frame in the candidate's file
  return m ? Number(m[1]) : null;
}

function describe(error) {
  let message;
  if (error instanceof Error || (error && typeof error === 'object' && 'message' in error)) {
    message = `${error.name || (error.constructor && error.constructor.name) || 'Error'}: ${error.message}`;
  } else {
    message = `thrown value: ${String(error)}`;
  }
  message = message.slice(0, 500);
  const line = candidateLine(error);
  return line ? `${message} (solution.js line ${line})` : message;
}

function failureKind(error) {
  // "Array buffer allocation failed" and friends: the candidate asked for more memory than there is.
  return error instanceof RangeError && /allocation failed|out of memory/i.test(error.message) ? 'memory' : 'exception';
}

// process.cpuUsage() is per process, not per thread (Node offers no thread CPU clock): it also
// counts V8's GC and compiler threads. Acceptable: JavaScript's time limits carry a factor of 2.
function cpuNs() {
  const u = cpuUsage();
  return (u.user + u.system) * 1000;
}

function main() {
  const nonce = readNonce();
  const records = privateStdout();
  const toStderr = process.stderr.write.bind(process.stderr);
  process.stdout.write = (chunk, encoding, callback) => toStderr(chunk, encoding, callback);

  const emit = (kind, index, payload) => {
    let line = `@@${nonce} ${kind}`;
    if (index !== undefined && index !== null) line += ` ${index}`;
    if (payload !== undefined) line += ` ${toJson(payload)}`;
    fs.writeSync(records, line + '\n');
  };

  const source = fs.readFileSync(SOLUTION, 'utf8');
  let script;
  try {
    script = new vm.Script(source, { filename: 'solution.js' });
  } catch (e) {
    const m = /solution\.js:(\d+)/.exec(String(e.stack));
    const line = m ? Number(m[1]) : 1;
    emit('COMPILE', null, { line, message: `solution.js:${line}: ${e.name}: ${e.message}` });
    return;
  }
  const indices = fs.readdirSync(TESTS).filter((n) => n.endsWith('.json')).map((n) => Number(n.slice(0, -5))).sort((x, y) => x - y);

  // CommonJS-style solutions (module.exports = solution) work too.
  globalThis.module = { exports: {} };
  globalThis.exports = globalThis.module.exports;
  globalThis.require = require;

  emit('START', indices[0]); // top-level code of the candidate counts against the first test
  let cpu0 = cpuNs();
  let wall0 = hrtimeBigint();
  try {
    script.runInThisContext();
  } catch (e) {
    emit('RESULT', indices[0], failure(e, cpu0, wall0));
    return;
  }
  let fn = vm.runInThisContext('typeof solution === "function" ? solution : undefined');
  if (typeof fn !== 'function') {
    const exported = globalThis.module.exports;
    fn = typeof exported === 'function' ? exported : exported && typeof exported.solution === 'function' ? exported.solution : undefined;
  }
  if (typeof fn !== 'function') {
    emit('COMPILE', null, { line: 1, message: 'solution.js:1: no function named solution(...) is defined' });
    return;
  }
  emit('READY');

  const probeMs = process.env.HARNESS_PROBE_MS;
  if (probeMs !== undefined) {
    for (const i of indices) {
      if (i !== indices[0]) emit('START', i);
      const lines = fs.readFileSync(`${TESTS}/${i}.json`, 'utf8').split('\n').filter((line) => line.length > 0);
      probeSampleIndex = i;
      emit('RESULT', i, probeSample(fn, lines, Number(probeMs), source));
    }
    emit('DONE');
    return;
  }

  for (const i of indices) {
    if (i !== indices[0]) emit('START', i);
    let result;
    let args = parseJson(fs.readFileSync(`${TESTS}/${i}.json`, 'utf8'));
    cpu0 = cpuNs();
    wall0 = hrtimeBigint();
    try {
      const value = fn(...args);
      args = null; // the input may be large: let it go before the next one is read
      const cpuMs = (cpuNs() - cpu0) / 1e6;
      const wallMs = Number(hrtimeBigint() - wall0) / 1e6;
      try {
        result = { ok: true, value: plain(value, 'value') };
      } catch (e) {
        if (!(e instanceof BadValue)) throw e;
        result = { ok: false, kind: 'bad-value', error: e.message };
      }
      Object.assign(result, { cpuMs, wallMs, memKb: peakRssKb() });
    } catch (e) {
      result = failure(e, cpu0, wall0);
    }
    emit('RESULT', i, result);
  }
  emit('DONE');
}

// Copies parsed for one batch: bounded so a batch of a fast solution stays cheap to prepare.
const PROBE_COPY_BYTES = 1000000;

// The empty call the baseline is made of: the same spread call, no work.
function emptyCall() {
  return undefined;
}

// Complexity probe mode (HARNESS_PROBE_MS set): the lines are distinct inputs of one size. One
// sample = CPU time per call, batched to about the target on fresh copies of those inputs, minus an
// empty call's cost measured the same way. The worker fits.
function probeSample(fn, lines, targetMs, source) {
  // Node collects on request only when started with --expose-gc.
  const collect = typeof global.gc === 'function' ? global.gc : () => {};
  const wall0 = hrtimeBigint();
  let cpu0 = cpuNs();
  try {
    // The first call alone: a slow one is its own sample, a fast one sets the batch size.
    const args = parseJson(lines[0]);
    collect();
    cpu0 = cpuNs();
    fn(...args);
    const firstMs = (cpuNs() - cpu0) / 1e6;
    if (firstMs >= targetMs) return probeRecord(firstMs, 1, 0, wall0, countOps(source, lines, firstMs));
    let total = 0;
    for (const line of lines) total += line.length;
    const bytesPerCopy = Math.max(1, Math.floor(total / lines.length));
    const calls = Math.max(1, Math.min(Math.ceil(targetMs / Math.max(firstMs, 1e-4)), Math.floor(PROBE_COPY_BYTES / bytesPerCopy), 100000));
    const batch = new Array(calls);
    for (let j = 0; j < calls; j++) batch[j] = parseJson(lines[j % lines.length]);
    // Collect the parser's garbage now, not inside a timed loop.
    collect();
    cpu0 = cpuNs();
    for (let j = 0; j < calls; j++) fn(...batch[j]);
    const spent = cpuNs() - cpu0;
    cpu0 = cpuNs();
    for (let j = 0; j < calls; j++) emptyCall(...batch[j]);
    const baseline = cpuNs() - cpu0;
    // Counted after the timed loops, on fresh copies of the inputs.
    const ops = countOps(source, lines, firstMs);
    return probeRecord(Math.max(0, spent - baseline) / 1e6 / calls, calls, baseline / 1e6 / calls, wall0, ops);
  } catch (e) {
    return failure(e, cpu0, wall0);
  }
}

// cpuMs is per call; wallMs is the whole sample's, what it cost the probe's budget.
function probeRecord(cpuMs, calls, baselineMs, wall0, ops) {
  return Object.assign({ ok: true, cpuMs, wallMs: Number(hrtimeBigint() - wall0) / 1e6, calls, baselineMs, memKb: peakRssKb() }, ops);
}

// ---- Operation counts (HARNESS_PROBE_OPS set): counted calls on the sample's inputs. ----
// The unit: V8's block coverage of a fresh copy of solution.js (source characters executed: a loop body's
// once per iteration), plus a charge for the built-ins whose cost can be read off
// their receiver (a default sort n·log2 n, indexOf/includes/splice/shift/slice their length, copies by
// Array.from or new Set/Map their source's size). Built-ins run with a callback (sort with a comparator,
// map, filter, reduce) show their callback's calls. Work the count cannot see (string methods, spread,
// Object.keys...) makes it incomplete (a lower bound).

// Block coverage runs unoptimised code, several times slower than the timed calls, and a call cannot
// be interrupted: counted only when the estimate stays under the budget (one sample per size).
const OPS_BUDGET_MS = 60;
const OPS_COST_FACTOR = 10;
const OPS_FIXED_MS = 2; // compiling the copy, starting and taking coverage

let inspectorSession = null;
let opsCopies = 0;

function inspectorPost(method, params) {
  // The in-process session answers Profiler methods synchronously, on this thread.
  let error = null;
  let result = null;
  inspectorSession.post(method, params, (e, r) => {
    error = e;
    result = r;
  });
  if (error) throw error;
  return result;
}

const log2 = Math.log2;
const arrayProto = Array.prototype;
const stringProto = String.prototype;
// What the counted call pays for per call of a built-in: by the receiver's length.
const CHARGED = [
  [arrayProto, 'sort', (self, args) => (args[0] === undefined ? self.length * log2(Math.max(2, self.length)) : 0)],
  [arrayProto, 'indexOf', (self) => self.length],
  [arrayProto, 'lastIndexOf', (self) => self.length],
  [arrayProto, 'includes', (self) => self.length],
  [arrayProto, 'splice', (self) => self.length],
  [arrayProto, 'shift', (self) => self.length],
  [arrayProto, 'unshift', (self) => self.length],
  [arrayProto, 'slice', (self) => self.length],
  [arrayProto, 'concat', (self) => self.length],
  [arrayProto, 'reverse', (self) => self.length],
  [arrayProto, 'fill', (self) => self.length],
  [arrayProto, 'join', (self) => self.length],
  [Array, 'from', (self, args) => sizeOf(args[0])],
];

// The elements a copy of x touches: an array's length, a Set's or Map's size; undefined (unseen) otherwise.
// (The built-in classes: while counting, the globals Set and Map are charging subclasses.)
const BuiltinSet = Set;
const BuiltinMap = Map;
function sizeOf(x) {
  if (Array.isArray(x) || ArrayBuffer.isView(x) || typeof x === 'string') return x.length;
  if (x instanceof BuiltinSet || x instanceof BuiltinMap) return x.size;
  return undefined;
}
// Built-ins whose cost grows with something the count cannot see: their call makes it incomplete.
const HIDDEN = [
  [Object, 'keys'],
  [Object, 'values'],
  [Object, 'entries'],
  [Object, 'assign'],
  [JSON, 'stringify'],
  [JSON, 'parse'],
  [arrayProto, 'flat'],
  [arrayProto, 'copyWithin'],
  [arrayProto, 'toString'],
  [stringProto, 'split'],
  [stringProto, 'indexOf'],
  [stringProto, 'includes'],
  [stringProto, 'slice'],
  [stringProto, 'substring'],
  [stringProto, 'repeat'],
  [stringProto, 'replace'],
  [stringProto, 'replaceAll'],
];
// Syntax that copies or scans out of sight: spread. (new Set(x)/new Map(x) are charged: see countOne.)
const HIDDEN_SYNTAX = /\.\.\./;

// HARNESS_PROBE_OPS=R counts every R-th sample (the worker passes its rounds per size: the last sample of
// each size). Starting coverage deoptimises everything, so only the next size's first sample pays for it.
let probeSampleIndex = 0;

// The counted sample's count is the median over up to OPS_INPUTS of its distinct inputs, as many as the
// budget allows: one input's count varies with the input by up to ±20 %, which would leave a log factor open.
const OPS_INPUTS = 5;

// The unit is a source character executed; a charged built-in step (an element touched) is worth about
// a short statement's characters.
const CHARGED_CHARACTERS = 10;

// V8 merges a block range into its parent, or into a neighbour, whose count is the same, so a plain sum of
// range counts jumps with the input (a hash count's 2n became 3n once one lookup hit). Characters executed,
// each counted by the innermost range around it, are the same however the ranges were merged.
function charactersExecuted(functions) {
  const ranges = [];
  for (const f of functions) for (const r of f.ranges) ranges.push(r);
  ranges.sort((x, y) => x.startOffset - y.startOffset || y.endOffset - x.endOffset);
  const enclosing = [];
  let total = 0;
  for (const r of ranges) {
    while (enclosing.length > 0 && enclosing[enclosing.length - 1].endOffset <= r.startOffset) enclosing.pop();
    const outer = enclosing.length > 0 ? enclosing[enclosing.length - 1].count : 0;
    total += (r.count - outer) * (r.endOffset - r.startOffset);
    enclosing.push(r);
  }
  return total;
}

function countOps(source, lines, firstMs) {
  const period = Math.max(1, Number.parseInt(process.env.HARNESS_PROBE_OPS || '0', 10) || 1);
  const costMs = OPS_FIXED_MS + firstMs * OPS_COST_FACTOR;
  if (!process.env.HARNESS_PROBE_OPS || probeSampleIndex % period !== 0 || costMs > OPS_BUDGET_MS) return {};
  const inputs = Math.max(1, Math.min(lines.length, OPS_INPUTS, Math.floor(OPS_BUDGET_MS / costMs)));
  const counts = [];
  let complete = true;
  for (const line of lines.slice(0, inputs)) {
    const one = countOne(source, line);
    if (one.ops === undefined) return {};
    counts.push(one.ops);
    complete = complete && one.opsComplete;
  }
  counts.sort((x, y) => x - y);
  const middle = counts.length >> 1;
  const median = counts.length % 2 ? counts[middle] : (counts[middle - 1] + counts[middle]) / 2;
  return { ops: Math.round(median), opsComplete: complete };
}

function countOne(source, line) {
  const args = parseJson(line);
  let charge = 0;
  let hidden = HIDDEN_SYNTAX.test(source);
  const saved = [];
  try {
    if (inspectorSession === null) {
      const inspector = require('inspector');
      inspectorSession = new inspector.Session();
      inspectorSession.connect();
      inspectorPost('Profiler.enable');
    }
    inspectorPost('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
    // A fresh copy compiled while coverage is on: code compiled before (the timed solution) has no block
    // counters. The numbered comment keeps V8's compilation cache from handing back an older copy.
    const name = 'solution-ops.js';
    const copy = new vm.Script(
      `(function (module, exports) {${source}\n;return typeof solution === 'function' ? solution : typeof module.exports === 'function' ? module.exports : module.exports && module.exports.solution;})\n//${++opsCopies}`,
      { filename: name },
    ).runInThisContext();
    const mod = { exports: {} };
    const counted = copy(mod, mod.exports);
    if (typeof counted !== 'function') return {};
    for (const [owner, key, cost] of CHARGED) {
      const original = owner[key];
      saved.push([owner, key, original]);
      owner[key] = function charged(...a) {
        const c = cost(this, a);
        if (c === undefined) hidden = true;
        else charge += c;
        return original.apply(this, a);
      };
    }
    // new Set(x)/new Map(x) copy x: the global constructors become subclasses that charge its size for
    // the call (the copy of solution.js looks them up at run time; instances are still Sets and Maps).
    for (const key of ['Set', 'Map']) {
      const original = globalThis[key];
      saved.push([globalThis, key, original]);
      globalThis[key] = class extends original {
        constructor(iterable) {
          if (iterable !== undefined && iterable !== null) {
            const c = sizeOf(iterable);
            if (c === undefined) hidden = true;
            else charge += c;
          }
          super(iterable);
        }
      };
    }
    for (const [owner, key] of HIDDEN) {
      const original = owner[key];
      saved.push([owner, key, original]);
      owner[key] = function uncounted(...a) {
        hidden = true;
        return original.apply(this, a);
      };
    }
    inspectorPost('Profiler.takePreciseCoverage'); // drops the copy's top-level code from the count
    try {
      counted(...args);
    } finally {
      for (let k = saved.length - 1; k >= 0; k--) saved[k][0][saved[k][1]] = saved[k][2];
      saved.length = 0;
    }
    const coverage = inspectorPost('Profiler.takePreciseCoverage');
    inspectorPost('Profiler.stopPreciseCoverage');
    const script = coverage.result.find((s) => s.url === name);
    const executed = script === undefined ? 0 : charactersExecuted(script.functions);
    return { ops: Math.round(executed + (charge * CHARGED_CHARACTERS)), opsComplete: !hidden };
  } catch {
    // The timed calls succeeded; a counted one that fails is just not counted.
    for (let k = saved.length - 1; k >= 0; k--) saved[k][0][saved[k][1]] = saved[k][2];
    try {
      inspectorPost('Profiler.stopPreciseCoverage');
    } catch {
      // not started
    }
    return {};
  }
}

function failure(error, cpu0, wall0) {
  return {
    ok: false,
    kind: failureKind(error),
    error: describe(error),
    cpuMs: (cpuNs() - cpu0) / 1e6,
    wallMs: Number(hrtimeBigint() - wall0) / 1e6,
    memKb: peakRssKb(),
  };
}

main();
// Timers or open handles the candidate left behind must not keep the program alive.
process.exit(0);
