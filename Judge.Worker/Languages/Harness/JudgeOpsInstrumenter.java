// Operation counting for the complexity probe (Java): run in the compile container after javac, only
// for the probe's program (never the judged one). Reads the candidate's class files (everything in
// the output folder but the harness's), and writes counting copies to <out>: each method entry and
// each backward jump (a loop iteration) adds one to JudgeHarness.Ops.n; each call into the JDK either
// is free (Math, boxing, lambdas), is charged by a cost model at run time (JudgeHarness.Ops.call:
// sorts n log n, tree and heap operations log n, linear scans n), or marks the count incomplete.
// It only reads bytes (ASM, the JDK's internal copy); no candidate code runs here. On any failure it
// writes nothing and says so: the probe then times the program without counts.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jdk.internal.org.objectweb.asm.ClassReader;
import jdk.internal.org.objectweb.asm.ClassWriter;
import jdk.internal.org.objectweb.asm.Handle;
import jdk.internal.org.objectweb.asm.Opcodes;
import jdk.internal.org.objectweb.asm.Type;
import jdk.internal.org.objectweb.asm.tree.AbstractInsnNode;
import jdk.internal.org.objectweb.asm.tree.ClassNode;
import jdk.internal.org.objectweb.asm.tree.FieldInsnNode;
import jdk.internal.org.objectweb.asm.tree.InsnList;
import jdk.internal.org.objectweb.asm.tree.InsnNode;
import jdk.internal.org.objectweb.asm.tree.InvokeDynamicInsnNode;
import jdk.internal.org.objectweb.asm.tree.JumpInsnNode;
import jdk.internal.org.objectweb.asm.tree.LabelNode;
import jdk.internal.org.objectweb.asm.tree.LdcInsnNode;
import jdk.internal.org.objectweb.asm.tree.MethodInsnNode;
import jdk.internal.org.objectweb.asm.tree.MethodNode;
import jdk.internal.org.objectweb.asm.tree.VarInsnNode;

final class JudgeOpsInstrumenter {
    private static final String OPS = "JudgeHarness$Ops";
    private static final String CALL = "(Ljava/lang/Object;Ljava/lang/Object;JJLjava/lang/String;)V";

    // Library owners whose methods all cost O(1) (number parsing and printing is O(digits)).
    private static final Set<String> FREE_OWNERS = Set.of(
        "java/lang/Math", "java/lang/StrictMath", "java/lang/Integer", "java/lang/Long", "java/lang/Short",
        "java/lang/Byte", "java/lang/Character", "java/lang/Boolean", "java/lang/Double", "java/lang/Float",
        "java/lang/Number", "java/lang/Object", "java/util/Objects", "java/lang/Comparable", "java/util/Comparator",
        "java/lang/Runnable", "java/lang/Enum", "java/lang/Record");

    // Owners whose calls are charged at run time by the receiver's class (JudgeHarness.Ops.call).
    private static boolean modelled(String owner) {
        return owner.startsWith("java/util/") && !owner.startsWith("java/util/stream/") && !owner.startsWith("java/util/concurrent/")
            || owner.equals("java/lang/String") || owner.equals("java/lang/StringBuilder") || owner.equals("java/lang/AbstractStringBuilder")
            || owner.equals("java/lang/CharSequence") || owner.equals("java/lang/Iterable") || owner.startsWith("[");
    }

    public static void main(String[] args) {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        try {
            Map<String, byte[]> classes = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(in)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".class") && !name.startsWith("JudgeHarness") && Files.isRegularFile(file)) {
                        classes.put(name.substring(0, name.length() - 6), Files.readAllBytes(file));
                    }
                }
            }
            Map<String, byte[]> counted = new LinkedHashMap<>();
            for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                counted.put(c.getKey(), instrument(c.getValue(), classes.keySet()));
            }
            Files.createDirectories(out);
            for (Map.Entry<String, byte[]> c : counted.entrySet()) {
                Files.write(out.resolve(c.getKey() + ".class"), c.getValue());
            }
        } catch (Throwable e) {
            System.err.println("note: operation counting is not available for this program (" + e + ")");
        }
    }

    static byte[] instrument(byte[] bytes, Set<String> own) {
        ClassNode node = new ClassNode(Opcodes.ASM8);
        new ClassReader(bytes).accept(node, 0);
        for (MethodNode m : node.methods) {
            // Static initialisers run once per class, not per call of solution: not part of its count.
            if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0 || m.name.equals("<clinit>")) continue;
            instrument(m, own);
        }
        // Frames stay as javac wrote them: the inserted code has no branches and its locals live past
        // every frame's, so only the maximum stack and locals need recomputing.
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(writer);
        return writer.toByteArray();
    }

    private static void instrument(MethodNode m, Set<String> own) {
        InsnList code = m.instructions;
        Set<LabelNode> seen = new HashSet<>();
        List<AbstractInsnNode> backward = new ArrayList<>();
        List<AbstractInsnNode> calls = new ArrayList<>();
        for (AbstractInsnNode insn = code.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof LabelNode label) seen.add(label);
            else if (insn instanceof JumpInsnNode jump && seen.contains(jump.label)) backward.add(jump);
            else if (insn instanceof MethodInsnNode || insn instanceof InvokeDynamicInsnNode) calls.add(insn);
        }
        for (AbstractInsnNode jump : backward) code.insertBefore(jump, tick());
        int extra = 0;
        for (AbstractInsnNode insn : calls) {
            extra = Math.max(extra, charge(m, insn, own));
        }
        code.insert(tick());
        m.maxLocals += extra;
    }

    private static InsnList tick() {
        InsnList list = new InsnList();
        list.add(new FieldInsnNode(Opcodes.GETSTATIC, OPS, "n", "J"));
        list.add(new InsnNode(Opcodes.LCONST_1));
        list.add(new InsnNode(Opcodes.LADD));
        list.add(new FieldInsnNode(Opcodes.PUTSTATIC, OPS, "n", "J"));
        return list;
    }

    private static InsnList unseen() {
        InsnList list = new InsnList();
        list.add(new MethodInsnNode(Opcodes.INVOKESTATIC, OPS, "unseen", "()V", false));
        return list;
    }

    /** Inserts the call's charge before it; returns the locals it borrowed (above the method's own). */
    private static int charge(MethodNode m, AbstractInsnNode insn, Set<String> own) {
        InsnList code = m.instructions;
        if (insn instanceof InvokeDynamicInsnNode indy) {
            Handle bsm = indy.bsm;
            // A lambda or method reference is made in O(1); its body, if the candidate's, counts itself.
            if (!bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")) code.insertBefore(insn, unseen());
            return 0;
        }
        MethodInsnNode call = (MethodInsnNode) insn;
        String owner = call.owner;
        if (own.contains(owner) || owner.startsWith("JudgeHarness") || FREE_OWNERS.contains(owner) || owner.startsWith("java/util/function/")) return 0;
        if (owner.equals("java/lang/System")) {
            if (call.name.equals("arraycopy")) {
                // The length is the last argument, on top of the stack.
                InsnList list = new InsnList();
                list.add(new InsnNode(Opcodes.DUP));
                list.add(new MethodInsnNode(Opcodes.INVOKESTATIC, OPS, "add", "(I)V", false));
                code.insertBefore(insn, list);
            } else if (!call.name.equals("nanoTime") && !call.name.equals("currentTimeMillis") && !call.name.equals("identityHashCode")) {
                code.insertBefore(insn, unseen());
            }
            return 0;
        }
        Type[] params = Type.getArgumentTypes(call.desc);
        if (call.getOpcode() == Opcodes.INVOKESPECIAL && call.name.equals("<init>")) {
            // new X(n) or new X(): O(1) here (array allocation is not counted anywhere); copying constructors are not modelled.
            for (Type p : params) {
                if (p.getSort() == Type.OBJECT || p.getSort() == Type.ARRAY) {
                    code.insertBefore(insn, unseen());
                    break;
                }
            }
            return 0;
        }
        if (call.getOpcode() == Opcodes.INVOKESPECIAL || !modelled(owner)) {
            code.insertBefore(insn, unseen());
            return 0;
        }

        boolean isStatic = call.getOpcode() == Opcodes.INVOKESTATIC;
        // Park the arguments in fresh locals, hand the receiver (static: the first reference argument),
        // the first reference argument and the first two int arguments to the model, then put them back.
        int base = m.maxLocals;
        int[] slots = new int[params.length];
        int next = base;
        for (int i = 0; i < params.length; i++) {
            slots[i] = next;
            next += params[i].getSize();
        }
        InsnList list = new InsnList();
        for (int i = params.length - 1; i >= 0; i--) list.add(new VarInsnNode(params[i].getOpcode(Opcodes.ISTORE), slots[i]));
        int firstRef = -1;
        List<Integer> ints = new ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            int sort = params[i].getSort();
            if ((sort == Type.OBJECT || sort == Type.ARRAY) && firstRef < 0) firstRef = i;
            if (sort == Type.INT) ints.add(i);
        }
        if (isStatic) {
            if (firstRef >= 0) list.add(new VarInsnNode(Opcodes.ALOAD, slots[firstRef]));
            else list.add(new InsnNode(Opcodes.ACONST_NULL));
            list.add(new InsnNode(Opcodes.ACONST_NULL));
        } else {
            list.add(new InsnNode(Opcodes.DUP));
            if (firstRef >= 0) list.add(new VarInsnNode(Opcodes.ALOAD, slots[firstRef]));
            else list.add(new InsnNode(Opcodes.ACONST_NULL));
        }
        for (int k = 0; k < 2; k++) {
            if (k < ints.size()) {
                list.add(new VarInsnNode(Opcodes.ILOAD, slots[ints.get(k)]));
                list.add(new InsnNode(Opcodes.I2L));
            } else {
                list.add(new LdcInsnNode(-1L));
            }
        }
        // The key names the operation: "name/params" plus "i" when the first parameter is an int
        // (List.remove(int) against remove(Object)); static calls carry their class ("Arrays.sort/1").
        String simpleOwner = owner.substring(owner.lastIndexOf('/') + 1);
        String key = (isStatic ? simpleOwner + "." : "") + call.name + "/" + params.length
            + (params.length > 0 && params[0].getSort() == Type.INT ? "i" : "");
        list.add(new LdcInsnNode(key));
        list.add(new MethodInsnNode(Opcodes.INVOKESTATIC, OPS, "call", CALL, false));
        for (int i = 0; i < params.length; i++) list.add(new VarInsnNode(params[i].getOpcode(Opcodes.ILOAD), slots[i]));
        code.insertBefore(insn, list);
        return next - base;
    }
}
