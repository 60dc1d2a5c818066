// Judge harness for Java: compiled together with the candidate's Solution.java (javac, in a
// sandbox container) and run by the JVM inside another one. It calls solution(...) once per test
// and prints result records tagged with a per-run nonce; it decides nothing (the worker compares
// outputs outside the sandbox). Argument and return types come from the compiled method itself
// (reflection), so the harness needs no copy of the task's signature.
// Protocol (one record per line on the private stdout):
//   @@<nonce> COMPILE {...} | READY | START i | RESULT i {...} | DONE
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class JudgeHarness {
    // This process's test group: one file per test, <i>.json (an argument list), i numbering the run's tests.
    private static final String TESTS = System.getenv().getOrDefault("HARNESS_TESTS", "/sandbox/tests");
    private static PrintStream records;
    private static String nonce = "";

    public static void main(String[] argv) throws Exception {
        nonce = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (nonce == null) nonce = "";
        nonce = nonce.trim();
        // Records go to stdout; whatever the candidate prints with System.out lands on stderr.
        records = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        // Deep recursion is legitimate: run on a thread with a big stack.
        Thread t = new Thread(null, JudgeHarness::runSafely, "judge", 512L * 1024 * 1024);
        t.start();
        t.join();
        System.exit(0);
    }

    private static void emit(String kind, Integer index, String payload) {
        StringBuilder line = new StringBuilder("@@").append(nonce).append(' ').append(kind);
        if (index != null) line.append(' ').append(index);
        if (payload != null) line.append(' ').append(payload);
        line.append('\n');
        synchronized (JudgeHarness.class) {
            records.print(line);
            records.flush();
        }
    }

    private static void runSafely() {
        try {
            run();
        } catch (Throwable e) {
            // Our own failure (unreadable tests): no record, the worker sees the program end early.
            e.printStackTrace();
        }
    }

    private static void run() throws Exception {
        Class<?> type;
        try {
            type = Class.forName("Solution");
        } catch (ClassNotFoundException e) {
            compileError("no class named Solution");
            return;
        }
        Method method = null;
        for (Method m : type.getDeclaredMethods()) {
            if (m.getName().equals("solution") && !m.isSynthetic()) {
                if (method != null) {
                    compileError("more than one method named solution(...) in class Solution");
                    return;
                }
                method = m;
            }
        }
        if (method == null) {
            compileError("no method solution(...) in class Solution");
            return;
        }
        method.setAccessible(true);
        Class<?>[] parameters = method.getParameterTypes();
        for (Class<?> p : parameters) {
            if (!Json.supported(p)) {
                compileError("solution(...) takes a parameter of type " + p.getTypeName() + "; use the types of the skeleton");
                return;
            }
        }

        String[] testFiles = new java.io.File(TESTS).list();
        int[] indices = testFiles == null ? new int[0] : Arrays.stream(testFiles).filter(n -> n.endsWith(".json"))
                .mapToInt(n -> Integer.parseInt(n.substring(0, n.length() - 5))).sorted().toArray();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        emit("READY", null, null);
        String probeMs = System.getenv("HARNESS_PROBE_MS");
        if (probeMs != null) {
            for (int i : indices) {
                emit("START", i, null);
                List<String> lines = Files.readAllLines(Path.of(TESTS, i + ".json"), StandardCharsets.UTF_8);
                lines.removeIf(String::isEmpty);
                Ops.sampleIndex = i;
                emit("RESULT", i, Json.write(Probe.sample(type, method, lines, Double.parseDouble(probeMs), cpu), "result"));
            }
            emit("DONE", null, null);
            return;
        }
        for (int i : indices) {
            emit("START", i, null);
            Map<String, Object> result = new LinkedHashMap<>();
            long cpu0 = cpu.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            try {
                Object[] args = arguments(Files.readString(Path.of(TESTS, i + ".json"), StandardCharsets.UTF_8), parameters);
                // A fresh instance per test: state kept in fields cannot leak between tests.
                Object instance = newInstance(type, method);
                cpu0 = cpu.getCurrentThreadCpuTime();
                wall0 = System.nanoTime();
                Object value = method.invoke(instance, args);
                double cpuMs = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e6;
                double wallMs = (System.nanoTime() - wall0) / 1e6;
                String plain;
                try {
                    plain = Json.write(value, "value");
                    result.put("ok", true);
                    result.put("value", new Json.Raw(plain));
                } catch (Json.BadValue e) {
                    result.put("ok", false);
                    result.put("kind", "bad-value");
                    result.put("error", e.getMessage());
                }
                result.put("cpuMs", cpuMs);
                result.put("wallMs", wallMs);
            } catch (Throwable e) {
                result = failure(e, cpu, cpu0, wall0);
            }
            result.put("memKb", peakRssKb());
            emit("RESULT", i, Json.write(result, "result"));
        }
        emit("DONE", null, null);
    }

    private static Object[] arguments(String text, Class<?>[] parameters) {
        List<?> json = (List<?>) new Json(text).parse();
        Object[] args = new Object[parameters.length];
        for (int p = 0; p < parameters.length; p++) {
            args[p] = Json.convert(p < json.size() ? json.get(p) : null, parameters[p]);
        }
        return args;
    }

    private static Object newInstance(Class<?> type, Method method) throws ReflectiveOperationException {
        if (Modifier.isStatic(method.getModifiers())) return null;
        var ctor = type.getDeclaredConstructor();
        ctor.setAccessible(true);
        return ctor.newInstance();
    }

    private static Map<String, Object> failure(Throwable e, ThreadMXBean cpu, long cpu0, long wall0) {
        Throwable inner = e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", false);
        result.put("kind", inner instanceof OutOfMemoryError ? "memory" : "exception");
        result.put("error", describe(inner));
        result.put("cpuMs", (cpu.getCurrentThreadCpuTime() - cpu0) / 1e6);
        result.put("wallMs", (System.nanoTime() - wall0) / 1e6);
        return result;
    }

    /**
     * Complexity probe mode (HARNESS_PROBE_MS set): the lines are distinct inputs of one size, one
     * argument list each. One sample = thread CPU time per call, batched to about the target on fresh
     * copies of those inputs, minus an empty call's cost measured the same way. The worker fits.
     */
    static final class Probe {
        // Copies parsed for one batch: bounded so a batch of a fast solution stays cheap to prepare.
        private static final long COPY_BYTES = 1_000_000;
        private static final Method EMPTY;

        static {
            try {
                EMPTY = Probe.class.getDeclaredMethod("empty", Object.class, Object[].class);
            } catch (NoSuchMethodException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        // The empty call the baseline is made of: a reflective dispatch like solution's, no work.
        private static Object empty(Object instance, Object[] args) {
            return instance != null ? instance : args;
        }

        static Map<String, Object> sample(Class<?> type, Method method, List<String> lines, double targetMs, ThreadMXBean cpu) {
            Class<?>[] parameters = method.getParameterTypes();
            long wall0 = System.nanoTime();
            long cpu0 = cpu.getCurrentThreadCpuTime();
            try {
                // The first call alone: a slow one is its own sample, a fast one sets the batch size.
                Object[] args = arguments(lines.get(0), parameters);
                Object instance = newInstance(type, method);
                System.gc();
                cpu0 = cpu.getCurrentThreadCpuTime();
                method.invoke(instance, args);
                double firstMs = (cpu.getCurrentThreadCpuTime() - cpu0) / 1e6;
                if (firstMs >= targetMs) {
                    return Ops.countInto(record(firstMs, 1, 0, wall0), lines, firstMs, wall0);
                }

                long totalBytes = 0;
                for (String line : lines) totalBytes += line.length();
                long bytesPerCopy = Math.max(1, totalBytes / lines.size());
                int calls = (int) Math.max(1, Math.min(Math.min(Math.ceil(targetMs / Math.max(firstMs, 1e-4)), COPY_BYTES / bytesPerCopy), 100_000));
                // Each call on a fresh instance, as in a test; the empty call gets the same instance and arguments.
                Object[][] batch = new Object[calls][];
                Object[] instances = new Object[calls];
                for (int j = 0; j < calls; j++) {
                    batch[j] = arguments(lines.get(j % lines.size()), parameters);
                    instances[j] = newInstance(type, method);
                }
                // Collect the parser's garbage now, not inside a timed loop.
                System.gc();
                cpu0 = cpu.getCurrentThreadCpuTime();
                for (int j = 0; j < calls; j++) {
                    method.invoke(instances[j], batch[j]);
                }
                long spent = cpu.getCurrentThreadCpuTime() - cpu0;
                cpu0 = cpu.getCurrentThreadCpuTime();
                for (int j = 0; j < calls; j++) {
                    EMPTY.invoke(null, instances[j], batch[j]);
                }
                long baseline = cpu.getCurrentThreadCpuTime() - cpu0;
                return Ops.countInto(record(Math.max(0, spent - baseline) / 1e6 / calls, calls, baseline / 1e6 / calls, wall0), lines, firstMs, wall0);
            } catch (Throwable e) {
                Map<String, Object> result = failure(e, cpu, cpu0, wall0);
                result.put("memKb", peakRssKb());
                return result;
            }
        }

        // cpuMs is per call; wallMs is the whole sample's, what it cost the probe's budget.
        private static Map<String, Object> record(double cpuMs, int calls, double baselineMs, long wall0) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ok", true);
            result.put("cpuMs", cpuMs);
            result.put("wallMs", (System.nanoTime() - wall0) / 1e6);
            result.put("calls", calls);
            result.put("baselineMs", baselineMs);
            result.put("memKb", peakRssKb());
            return result;
        }
    }

    /**
     * Operation counts for the complexity probe (HARNESS_PROBE_OPS set, and the probe's compile left
     * counting copies of the candidate's classes in /sandbox/ops, see JudgeOpsInstrumenter.java). The
     * counted call runs on those copies, in a class loader of their own, after the sample's timing: the
     * timed classes are the judged ones, untouched. Public: the copies live in another runtime package.
     */
    public static final class Ops {
        // A counted call's first (uninstrumented) run may take this long: the count adds interpretation
        // and model calls on top, and comes out of the sweep's budget.
        private static final double MAX_COUNTED_MS = 30;
        private static final boolean ENABLED = System.getenv("HARNESS_PROBE_OPS") != null;
        // HARNESS_PROBE_OPS=R counts every R-th sample (the worker passes its rounds per size): one counted
        // call per size, since the counting copies run interpreted at first and cost the sweep's budget.
        private static final int PERIOD = period(System.getenv("HARNESS_PROBE_OPS"));
        static int sampleIndex;
        public static long n;
        public static boolean complete = true;
        private static boolean loaded;
        private static Method counted;

        private static int period(String setting) {
            try {
                return Math.max(1, Integer.parseInt(setting));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        public static void unseen() {
            complete = false;
        }

        public static void add(int k) {
            if (k > 0) n += k;
        }

        // The count is the median over up to this many of the sample's distinct inputs, while their first
        // calls together stay under MAX_MEDIAN_MS: one input's count varies with the input.
        private static final int INPUTS = 5;
        private static final double MAX_MEDIAN_MS = 10;

        static Map<String, Object> countInto(Map<String, Object> result, List<String> lines, double firstMs, long wall0) {
            if (!ENABLED || sampleIndex % PERIOD != 0 || firstMs > MAX_COUNTED_MS || !Boolean.TRUE.equals(result.get("ok"))) return result;
            try {
                Method method = counted();
                if (method == null) return result;
                int inputs = (int) Math.max(1, Math.min(Math.min(lines.size(), INPUTS), Math.floor(MAX_MEDIAN_MS / Math.max(firstMs, 1e-3))));
                long[] counts = new long[inputs];
                boolean all = true;
                for (int k = 0; k < inputs; k++) {
                    Object[] args = arguments(lines.get(k), method.getParameterTypes());
                    Object instance = newInstance(method.getDeclaringClass(), method);
                    n = 0;
                    complete = true;
                    method.invoke(instance, args);
                    counts[k] = n;
                    all &= complete;
                }
                java.util.Arrays.sort(counts);
                int middle = inputs / 2;
                result.put("ops", inputs % 2 == 1 ? counts[middle] : (counts[middle - 1] + counts[middle]) / 2);
                result.put("opsComplete", all);
                result.put("wallMs", (System.nanoTime() - wall0) / 1e6);
            } catch (Throwable e) {
                // No count for this sample; its timing stands.
            }
            return result;
        }

        private static Method counted() throws ReflectiveOperationException, java.net.URISyntaxException {
            if (loaded) return counted;
            loaded = true;
            // Beside the harness's own classes (/sandbox in the sandbox).
            Path dir = Path.of(JudgeHarness.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("ops");
            if (!Files.isRegularFile(dir.resolve("Solution.class"))) return null;
            // Child-first for the candidate's classes (default package, copies in /sandbox/ops); the rest,
            // this class included, from the harness's loader.
            ClassLoader loader = new ClassLoader("ops", JudgeHarness.class.getClassLoader()) {
                @Override
                protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> c = findLoadedClass(name);
                        Path file = dir.resolve(name + ".class");
                        if (c == null && name.indexOf('.') < 0 && name.indexOf('/') < 0 && Files.isRegularFile(file)) {
                            try {
                                byte[] bytes = Files.readAllBytes(file);
                                c = defineClass(name, bytes, 0, bytes.length);
                            } catch (java.io.IOException e) {
                                throw new ClassNotFoundException(name, e);
                            }
                        }
                        if (c == null) return super.loadClass(name, resolve);
                        if (resolve) resolveClass(c);
                        return c;
                    }
                }
            };
            for (Method m : Class.forName("Solution", true, loader).getDeclaredMethods()) {
                if (m.getName().equals("solution") && !m.isSynthetic()) {
                    m.setAccessible(true);
                    counted = m;
                }
            }
            return counted;
        }

        /**
         * A JDK call from the candidate's code, charged by its model: subject is the receiver (a static
         * call's first reference argument), arg the first reference argument, i1 and i2 the first two
         * int arguments (-1: none). Unmodelled calls mark the count incomplete.
         */
        public static void call(Object subject, Object arg, long i1, long i2, String key) {
            long cost = cost(subject, arg, i1, i2, key);
            if (cost < 0) complete = false;
            else n += cost;
        }

        private static long size(Object o) {
            if (o instanceof java.util.Collection<?> c) return c.size();
            if (o instanceof Map<?, ?> m) return m.size();
            if (o instanceof CharSequence s) return s.length();
            if (o != null && o.getClass().isArray()) return Array.getLength(o);
            return -1;
        }

        private static long log2(long size) {
            return 64 - Long.numberOfLeadingZeros(Math.max(1, size));
        }

        private static long sort(long size) {
            return size < 2 ? Math.max(size, 1) : (long) Math.ceil(size * Math.log(size) / Math.log(2));
        }

        // -1: not modelled. Costs in the counter's unit: one per element touched, comparison or tree level.
        private static long cost(Object s, Object arg, long i1, long i2, String key) {
            long size = size(s);
            switch (key) {
                case "Arrays.sort/1", "Arrays.sort/2", "Arrays.parallelSort/1", "Arrays.parallelSort/2", "Collections.sort/1", "Collections.sort/2", "sort/1":
                    return size < 0 ? -1 : sort(size);
                case "Arrays.sort/3", "Arrays.sort/4", "Arrays.parallelSort/3", "Arrays.parallelSort/4":
                    return sort(Math.max(0, i2 - i1));
                case "Arrays.fill/2", "Arrays.equals/2", "Arrays.hashCode/1", "Arrays.toString/1", "Arrays.setAll/2", "Collections.reverse/1",
                    "Collections.max/1", "Collections.min/1", "Collections.max/2", "Collections.min/2", "Collections.frequency/2", "Collections.shuffle/1":
                    return size < 0 ? -1 : Math.max(size, 1);
                case "Arrays.fill/4":
                    return Math.max(1, i2 - i1);
                case "Arrays.copyOf/2":
                    return Math.max(1, i1);
                case "Arrays.copyOfRange/3":
                    return Math.max(1, i2 - i1);
                case "Arrays.binarySearch/2", "Arrays.binarySearch/3", "Collections.binarySearch/2", "Collections.binarySearch/3":
                    return size < 0 ? -1 : log2(size);
                case "Arrays.asList/1", "Collections.swap/3", "Collections.emptyList/0", "Collections.emptyMap/0", "Collections.emptySet/0",
                    "Collections.singletonList/1", "Collections.reverseOrder/0", "Collections.reverseOrder/1", "Collections.nCopies/2i",
                    "Collections.unmodifiableList/1", "Collections.unmodifiableMap/1", "Collections.unmodifiableSet/1":
                    return 1;
                default:
                    break;
            }
            if (key.indexOf('.') >= 0) return -1;
            String name = key.substring(0, key.indexOf('/'));
            if (s instanceof java.util.Iterator<?> || s instanceof Map.Entry<?, ?>) {
                return switch (name) {
                    case "hasNext", "next", "getKey", "getValue", "setValue", "hasPrevious", "previous", "nextIndex", "previousIndex" -> 1;
                    default -> -1;
                };
            }
            if (s instanceof java.util.Random) return 1;
            if (s instanceof StringBuilder) {
                return switch (key) {
                    case "length/0", "charAt/1i", "setCharAt/2i", "setLength/1i" -> 1;
                    case "deleteCharAt/1i" -> Math.max(1, size - i1);
                    case "append/1" -> Math.max(1, size(arg));
                    case "toString/0", "reverse/0", "insert/2i", "indexOf/1" -> Math.max(1, size);
                    default -> name.equals("append") ? 1 : -1;
                };
            }
            if (s instanceof String) {
                return switch (key) {
                    case "length/0", "charAt/1i", "isEmpty/0", "hashCode/0" -> 1;
                    case "substring/2i" -> Math.max(1, i2 - i1);
                    case "substring/1i" -> Math.max(1, size - i1);
                    case "toCharArray/0", "equals/1", "compareTo/1", "toLowerCase/0", "toUpperCase/0", "trim/0", "strip/0", "toString/0" -> Math.max(1, size);
                    default -> -1;
                };
            }
            if (s instanceof Object[] || s instanceof int[] || s instanceof long[] || s instanceof double[] || s instanceof char[]
                    || s instanceof boolean[] || s instanceof byte[] || s instanceof short[] || s instanceof float[]) {
                return name.equals("clone") ? Math.max(1, size) : -1;
            }
            if (!(s instanceof java.util.Collection<?>) && !(s instanceof Map<?, ?>)) return -1;
            // Whatever the class: views, iteration and bulk operations.
            switch (key) {
                case "size/0", "isEmpty/0", "iterator/0", "entrySet/0", "keySet/0", "values/0", "descendingSet/0", "descendingMap/0",
                    "descendingIterator/0", "listIterator/0", "navigableKeySet/0", "comparator/0":
                    return 1;
                case "addAll/1", "putAll/1":
                    return size(arg) < 0 ? -1 : Math.max(1, size(arg)) * (sorted(s) ? log2(size + size(arg)) : 1);
                case "toArray/0", "toArray/1", "clear/0", "forEach/1", "removeIf/1", "replaceAll/1", "hashCode/0", "toString/0", "equals/1", "containsValue/1":
                    return Math.max(1, size);
                case "sort/1":
                    return sort(size);
                default:
                    break;
            }
            boolean heap = s instanceof java.util.PriorityQueue<?>;
            if (sorted(s) || heap) {
                return switch (key) {
                    case "peek/0", "element/0" -> heap ? 1 : -1;
                    case "contains/1", "remove/1" -> heap ? Math.max(1, size) : log2(size);
                    case "get/1", "put/2", "containsKey/1", "add/1", "offer/1", "poll/0", "remove/0", "getOrDefault/2", "putIfAbsent/2", "merge/3",
                        "compute/2", "computeIfAbsent/2", "computeIfPresent/2", "pollFirst/0", "pollLast/0", "first/0", "last/0", "firstKey/0",
                        "lastKey/0", "floor/1", "ceiling/1", "higher/1", "lower/1", "floorKey/1", "ceilingKey/1", "higherKey/1", "lowerKey/1",
                        "floorEntry/1", "ceilingEntry/1", "higherEntry/1", "lowerEntry/1", "firstEntry/0", "lastEntry/0", "pollFirstEntry/0",
                        "pollLastEntry/0", "headSet/1", "tailSet/1", "headMap/1", "tailMap/1", "subSet/2", "subMap/2", "headSet/2", "tailSet/2",
                        "headMap/2", "tailMap/2", "subSet/4", "subMap/4" -> log2(size);
                    default -> -1;
                };
            }
            if (s instanceof java.util.HashMap<?, ?> || s instanceof java.util.HashSet<?>) {
                return switch (key) {
                    case "get/1", "put/2", "containsKey/1", "contains/1", "add/1", "remove/1", "getOrDefault/2", "putIfAbsent/2", "merge/3",
                        "compute/2", "computeIfAbsent/2", "computeIfPresent/2" -> 1;
                    default -> -1;
                };
            }
            boolean linked = s instanceof java.util.LinkedList<?>;
            if (s instanceof java.util.ArrayList<?> || s instanceof java.util.ArrayDeque<?> || linked) {
                return switch (key) {
                    case "get/1i", "set/2i" -> linked ? Math.max(1, Math.min(i1, size - i1)) : 1;
                    case "add/1", "addLast/1", "addFirst/1", "offer/1", "offerLast/1", "offerFirst/1", "poll/0", "pollFirst/0", "pollLast/0",
                        "peek/0", "peekFirst/0", "peekLast/0", "push/1", "pop/0", "removeFirst/0", "removeLast/0", "getFirst/0", "getLast/0",
                        "element/0", "remove/0", "subList/2i" -> s instanceof java.util.ArrayList<?> && key.equals("addFirst/1") ? -1 : 1;
                    // Shifts the tail (an array list) or walks to the index (a linked list).
                    case "add/2i", "remove/1i" -> linked ? Math.max(1, Math.min(i1, size - i1)) : Math.max(1, size - i1);
                    case "contains/1", "indexOf/1", "lastIndexOf/1", "remove/1" -> Math.max(1, size);
                    default -> -1;
                };
            }
            return -1;
        }

        private static boolean sorted(Object s) {
            return s instanceof java.util.TreeMap<?, ?> || s instanceof java.util.TreeSet<?>;
        }
    }

    private static void compileError(String message) throws Json.BadValue {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("line", 1);
        payload.put("message", "Solution.java:1: error: " + message);
        emit("COMPILE", null, Json.write(payload, "payload"));
    }

    private static String describe(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        if (text.length() > 500) text = text.substring(0, 500);
        // The innermost frame in the candidate's file.
        for (StackTraceElement frame : e.getStackTrace()) {
            if ("Solution.java".equals(frame.getFileName()) && frame.getLineNumber() > 0) {
                return text + " (Solution.java line " + frame.getLineNumber() + ")";
            }
        }
        return text;
    }

    private static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (Exception e) {
            // not available: report 0
        }
        return 0;
    }

    /** A minimal JSON reader/writer (no libraries in the sandbox), and conversion to the method's types. */
    static final class Json {
        static final class BadValue extends Exception {
            BadValue(String message) {
                super(message);
            }
        }

        /** Already-serialized JSON to embed as is. */
        record Raw(String json) {
        }

        private final String s;
        private int pos;

        Json(String s) {
            this.s = s;
        }

        Object parse() {
            Object v = value();
            ws();
            if (pos != s.length()) throw new IllegalArgumentException("trailing characters in JSON");
            return v;
        }

        private void ws() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        }

        private Object value() {
            ws();
            char c = s.charAt(pos);
            switch (c) {
                case '[': {
                    pos++;
                    List<Object> list = new ArrayList<>();
                    ws();
                    if (s.charAt(pos) == ']') {
                        pos++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        ws();
                        char d = s.charAt(pos++);
                        if (d == ']') return list;
                        if (d != ',') throw new IllegalArgumentException("bad JSON array");
                    }
                }
                case '{': {
                    pos++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    ws();
                    if (s.charAt(pos) == '}') {
                        pos++;
                        return map;
                    }
                    while (true) {
                        ws();
                        String key = string();
                        ws();
                        if (s.charAt(pos++) != ':') throw new IllegalArgumentException("bad JSON object");
                        map.put(key, value());
                        ws();
                        char d = s.charAt(pos++);
                        if (d == '}') return map;
                        if (d != ',') throw new IllegalArgumentException("bad JSON object");
                    }
                }
                case '"':
                    return string();
                case 't':
                    pos += 4;
                    return Boolean.TRUE;
                case 'f':
                    pos += 5;
                    return Boolean.FALSE;
                case 'n':
                    pos += 4;
                    return null;
                default: {
                    int start = pos;
                    boolean integral = true;
                    while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                        if ("eE.".indexOf(s.charAt(pos)) >= 0) integral = false;
                        pos++;
                    }
                    String n = s.substring(start, pos);
                    if (integral) {
                        try {
                            return Long.parseLong(n);
                        } catch (NumberFormatException e) {
                            return Double.parseDouble(n);
                        }
                    }
                    return Double.parseDouble(n);
                }
            }
        }

        private String string() {
            if (s.charAt(pos++) != '"') throw new IllegalArgumentException("expected a JSON string");
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(pos++);
                if (c == '"') return b.toString();
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> b.append(e);
                }
            }
        }

        static boolean supported(Class<?> t) {
            if (t.isArray()) return supported(t.getComponentType());
            return t == int.class || t == long.class || t == double.class || t == boolean.class || t == String.class
                || t == Integer.class || t == Long.class || t == Double.class || t == Boolean.class;
        }

        static Object convert(Object json, Class<?> t) {
            if (t.isArray()) {
                List<?> list = (List<?>) json;
                Object array = Array.newInstance(t.getComponentType(), list.size());
                for (int i = 0; i < list.size(); i++) {
                    Array.set(array, i, convert(list.get(i), t.getComponentType()));
                }
                return array;
            }
            if (t == int.class || t == Integer.class) return Math.toIntExact(((Number) json).longValue());
            if (t == long.class || t == Long.class) return ((Number) json).longValue();
            if (t == double.class || t == Double.class) return ((Number) json).doubleValue();
            if (t == boolean.class || t == Boolean.class) return (Boolean) json;
            if (t == String.class) return (String) json;
            throw new IllegalArgumentException("unsupported parameter type " + t.getTypeName());
        }

        /** Only plain values: numbers, booleans, strings, arrays and lists of them. */
        static String write(Object v, String path) throws BadValue {
            StringBuilder b = new StringBuilder();
            write(v, path, b);
            return b.toString();
        }

        private static void write(Object v, String path, StringBuilder b) throws BadValue {
            if (v == null) {
                b.append("null");
            } else if (v instanceof Raw raw) {
                b.append(raw.json());
            } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                b.append(((Number) v).longValue());
            } else if (v instanceof Double || v instanceof Float) {
                double d = ((Number) v).doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) throw new BadValue(path + " is " + d + ", not a finite number");
                b.append(d);
            } else if (v instanceof Boolean) {
                b.append(v);
            } else if (v instanceof String || v instanceof Character) {
                quote(v.toString(), b);
            } else if (v.getClass().isArray()) {
                b.append('[');
                int n = Array.getLength(v);
                for (int i = 0; i < n; i++) {
                    if (i > 0) b.append(',');
                    write(Array.get(v, i), path + "[" + i + "]", b);
                }
                b.append(']');
            } else if (v instanceof List<?> list) {
                b.append('[');
                int i = 0;
                for (Object item : list) {
                    if (i > 0) b.append(',');
                    write(item, path + "[" + i + "]", b);
                    i++;
                }
                b.append(']');
            } else if (v instanceof Map<?, ?> map && !path.startsWith("value")) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!first) b.append(',');
                    first = false;
                    quote(String.valueOf(e.getKey()), b);
                    b.append(':');
                    write(e.getValue(), path + "." + e.getKey(), b);
                }
                b.append('}');
            } else {
                throw new BadValue(path + " is a " + v.getClass().getSimpleName() + "; return plain values (numbers, boolean, String, arrays)");
            }
        }

        private static void quote(String s, StringBuilder b) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20 || c == 0x2028 || c == 0x2029) b.append(String.format("\\u%04x", (int) c));
                        else b.append(c);
                    }
                }
            }
            b.append('"');
        }
    }
}
