using System.Collections.Frozen;
using Judge.Core.Judging;

namespace Judge.Core.Integrity;

/// <summary>
/// What the tokenizer needs to know about one language: its comment syntax, its keywords and the
/// library names kept as themselves (a candidate cannot rename <c>Math.Max</c> or <c>len</c>
/// without changing what the program does, so keeping them tells independent solutions apart).
/// </summary>
internal sealed class LanguageLexicon
{
    private static readonly string[] CFamilyOperators =
    [
        ">>>=", "<<=", ">>=", ">>>", "===", "!==", "...", "->", "=>", "::", "++", "--", "&&", "||", "==", "!=",
        "<=", ">=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "??", "?.", "**",
    ];

    private static readonly string[] PythonOperators =
    [
        "**=", "//=", ">>=", "<<=", "->", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
        "<<", ">>", "**", "//", ":=",
    ];

    public static readonly LanguageLexicon CSharp = new(
        LanguageNames.CSharp,
        lineComment: "//",
        blockComments: true,
        CFamilyOperators,
        keywords: """
            abstract as base bool break byte case catch char checked class const continue decimal default delegate do
            double else enum event explicit extern false finally fixed float for foreach goto if implicit in int
            interface internal is lock long namespace new null object operator out override params private protected
            public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true
            try typeof uint ulong unchecked unsafe ushort using virtual void volatile while var dynamic async await
            yield record init get set value when where select from orderby group into let nameof not and or with
            """,
        libraryNames: """
            System Math Max Min Abs Array Sort Fill Length Count Add Remove Contains ContainsKey TryGetValue List
            Dictionary HashSet Queue Stack PriorityQueue SortedSet SortedDictionary LinkedList LinkedListNode Enqueue
            Dequeue Push Pop Peek TryDequeue TryPop First Last AddFirst AddLast RemoveFirst RemoveLast Keys Values
            Linq Select Where OrderBy OrderByDescending ThenBy ToArray ToList Sum Any All Reverse Substring
            StringBuilder Append ToString Collections Generic MaxValue MinValue Clear Split Join Comparer Compare
            CompareTo Tuple ValueTuple Key Value Span BinarySearch Enumerable Range Repeat
            """);

    public static readonly LanguageLexicon Java = new(
        LanguageNames.Java,
        lineComment: "//",
        blockComments: true,
        CFamilyOperators,
        keywords: """
            abstract assert boolean break byte case catch char class const continue default do double else enum extends
            final finally float for goto if implements import instanceof int interface long native new package private
            protected public return short static strictfp super switch synchronized this throw throws transient try
            void volatile while var record yield true false null
            """,
        libraryNames: """
            java util Math max min abs Arrays sort fill length size add remove contains containsKey get put getOrDefault
            List ArrayList LinkedList Map HashMap TreeMap Set HashSet TreeSet Deque ArrayDeque Queue PriorityQueue
            Stack push pop peek poll offer addFirst addLast pollFirst pollLast peekFirst peekLast isEmpty Integer
            Long String StringBuilder append toString charAt substring equals hashCode keySet values entrySet getKey
            getValue Collections reverse Comparator compare comparingInt MAX_VALUE MIN_VALUE System clear asList
            Iterator iterator hasNext next merge computeIfAbsent LinkedHashMap removeEldestEntry
            """);

    public static readonly LanguageLexicon Cpp = new(
        LanguageNames.Cpp,
        lineComment: "//",
        blockComments: true,
        CFamilyOperators,
        keywords: """
            alignas alignof asm auto bool break case catch char char16_t char32_t class const constexpr const_cast
            continue decltype default delete do double dynamic_cast else enum explicit export extern false float for
            friend goto if inline int long mutable namespace new noexcept nullptr operator private protected public
            register reinterpret_cast return short signed sizeof static static_assert static_cast struct switch
            template this thread_local throw true try typedef typeid typename union unsigned using virtual void
            volatile wchar_t while size_t
            """,
        libraryNames: """
            std vector string map unordered_map set unordered_set multiset queue deque stack priority_queue pair
            make_pair first second push_back pop_back emplace_back push pop top front back size empty begin end rbegin
            rend insert erase find count sort reverse max min abs swap fill greater less lower_bound upper_bound
            accumulate max_element min_element clear resize assign substr length list splice iterator
            numeric_limits LLONG_MAX LLONG_MIN INT_MAX INT_MIN tie get emplace at reserve
            """);

    public static readonly LanguageLexicon JavaScript = new(
        LanguageNames.JavaScript,
        lineComment: "//",
        blockComments: true,
        CFamilyOperators,
        keywords: """
            break case catch class const continue debugger default delete do else export extends false finally for
            function if import in instanceof let new null of return super switch this throw true try typeof undefined
            var void while with yield async await static get set
            """,
        libraryNames: """
            Math max min abs floor ceil trunc Array Map Set Object BigInt Number Infinity length push pop shift unshift
            slice splice sort reverse fill from keys values entries has get set add delete clear size map filter
            reduce forEach indexOf includes join split concat charCodeAt charAt Int32Array Uint8Array Float64Array
            BigInt64Array Int8Array MAX_SAFE_INTEGER MIN_SAFE_INTEGER JSON
            """);

    public static readonly LanguageLexicon Python = new(
        LanguageNames.Python,
        lineComment: "#",
        blockComments: false,
        PythonOperators,
        keywords: """
            False None True and as assert async await break class continue def del elif else except finally for from
            global if import in is lambda nonlocal not or pass raise return try while with yield match case
            """,
        libraryNames: """
            len range enumerate zip max min sum abs sorted reversed list dict set tuple int str bool float map filter
            any all append pop popleft appendleft extend insert remove add discard get items keys values sort
            collections deque defaultdict Counter OrderedDict heapq heappush heappop heapify heappushpop heapreplace
            bisect bisect_left bisect_right insort math inf divmod bytearray find replace encode join split
            move_to_end popitem most_common
            """);

    private static readonly FrozenDictionary<string, LanguageLexicon> ByName =
        new[] { CSharp, Java, Cpp, JavaScript, Python }.ToFrozenDictionary(l => l.Name);

    private LanguageLexicon(string name, string lineComment, bool blockComments, string[] operators, string keywords, string libraryNames)
    {
        Name = name;
        LineComment = lineComment;
        BlockComments = blockComments;
        Operators = operators;
        Keywords = Words(keywords);
        LibraryNames = Words(libraryNames);
    }

    public string Name { get; }

    public string LineComment { get; }

    public bool BlockComments { get; }

    /// <summary>Multi-character operators, longest first, so the lexer can take the longest match.</summary>
    public IReadOnlyList<string> Operators { get; }

    public FrozenSet<string> Keywords { get; }

    public FrozenSet<string> LibraryNames { get; }

    public static LanguageLexicon For(string language) =>
        ByName.TryGetValue(language, out var lexicon)
            ? lexicon
            : throw new ArgumentException($"'{language}' is not one of {string.Join(", ", LanguageNames.All)}", nameof(language));

    private static FrozenSet<string> Words(string text) =>
        text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
