package io.freshet.executor.expr.function;

import static io.freshet.executor.type.TypeKind.VARCHAR;

import io.freshet.executor.error.FreshetException;
import io.freshet.executor.error.SqlState;
import io.freshet.executor.value.ArrayValue;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Pattern matching: {@code like}, {@code not_like}, {@code ilike}, {@code not_ilike} (with an
 * optional escape, backslash by default), {@code similar_to}, the POSIX regular expression
 * operators {@code ~ ~* !~ !~*}, {@code regexp_replace} and {@code regexp_match}. PostgreSQL's
 * regular expressions are translated to {@link Pattern}s ({@code .} matches newlines,
 * {@code $} only at the end, {@code [[:alpha:]]} classes, {@code \m \M \y} word boundaries);
 * compiled patterns are cached.
 */
final class PatternFunctions implements FunctionRegistry.Library {
    private static final ConcurrentHashMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

    @Override
    public void register(FunctionRegistry r) {
        r.registerSimple("like", Signature.of(VARCHAR, VARCHAR), (a, c) -> like((String) a[0], (String) a[1], '\\', false));
        r.registerSimple("not_like", Signature.of(VARCHAR, VARCHAR), (a, c) -> !like((String) a[0], (String) a[1], '\\', false));
        r.registerSimple("ilike", Signature.of(VARCHAR, VARCHAR), (a, c) -> like((String) a[0], (String) a[1], '\\', true));
        r.registerSimple("not_ilike", Signature.of(VARCHAR, VARCHAR), (a, c) -> !like((String) a[0], (String) a[1], '\\', true));
        r.registerSimple("like", Signature.of(VARCHAR, VARCHAR, VARCHAR), (a, c) ->
                like((String) a[0], (String) a[1], escape((String) a[2]), false));
        r.registerSimple("not_like", Signature.of(VARCHAR, VARCHAR, VARCHAR), (a, c) ->
                !like((String) a[0], (String) a[1], escape((String) a[2]), false));
        r.registerSimple("ilike", Signature.of(VARCHAR, VARCHAR, VARCHAR), (a, c) ->
                like((String) a[0], (String) a[1], escape((String) a[2]), true));
        r.registerSimple("not_ilike", Signature.of(VARCHAR, VARCHAR, VARCHAR), (a, c) ->
                !like((String) a[0], (String) a[1], escape((String) a[2]), true));
        r.registerSimple("similar_to", Signature.of(VARCHAR, VARCHAR), (a, c) ->
                similar((String) a[1], "\\").matcher((String) a[0]).matches());
        r.registerSimple("similar_to", Signature.of(VARCHAR, VARCHAR, VARCHAR), (a, c) ->
                similar((String) a[1], (String) a[2]).matcher((String) a[0]).matches());
        r.registerSimple("not_similar_to", Signature.of(VARCHAR, VARCHAR), (a, c) ->
                !similar((String) a[1], "\\").matcher((String) a[0]).matches());
        r.registerSimple("~", Signature.of(VARCHAR, VARCHAR), (a, c) -> regex((String) a[1], "").matcher((String) a[0]).find());
        r.registerSimple("~*", Signature.of(VARCHAR, VARCHAR), (a, c) -> regex((String) a[1], "i").matcher((String) a[0]).find());
        r.registerSimple("!~", Signature.of(VARCHAR, VARCHAR), (a, c) -> !regex((String) a[1], "").matcher((String) a[0]).find());
        r.registerSimple("!~*", Signature.of(VARCHAR, VARCHAR), (a, c) ->
                !regex((String) a[1], "i").matcher((String) a[0]).find());
        r.registerSimple("regexp_replace", Signature.of(VARCHAR, VARCHAR, VARCHAR), (a, c) ->
                replace((String) a[0], (String) a[1], (String) a[2], ""));
        r.registerSimple("regexp_replace", Signature.of(VARCHAR, VARCHAR, VARCHAR, VARCHAR), (a, c) ->
                replace((String) a[0], (String) a[1], (String) a[2], (String) a[3]));
        r.registerSimple("regexp_match", Signature.of(VARCHAR, VARCHAR), (a, c) -> match((String) a[0], (String) a[1], ""));
        r.registerSimple("regexp_match", Signature.of(VARCHAR, VARCHAR, VARCHAR), (a, c) ->
                match((String) a[0], (String) a[1], (String) a[2]));
    }

    private static int escape(String e) {
        if (e.isEmpty()) {
            return -1;
        }
        if (e.codePointCount(0, e.length()) != 1) {
            throw new FreshetException(SqlState.INVALID_ESCAPE_SEQUENCE, "invalid escape string");
        }
        return e.codePointAt(0);
    }

    /** PostgreSQL's LIKE on code points: {@code %} any run, {@code _} one character. */
    static boolean like(String s, String p, int esc, boolean ignoreCase) {
        if (ignoreCase) {
            s = s.toLowerCase(Locale.ROOT);
            p = p.toLowerCase(Locale.ROOT);
        }
        return likeAt(s, 0, p, 0, esc);
    }

    private static boolean likeAt(String s, int si, String p, int pi, int esc) {
        while (pi < p.length()) {
            int pc = p.codePointAt(pi);
            if (pc == esc) {
                pi += Character.charCount(pc);
                if (pi >= p.length()) {
                    throw new FreshetException(SqlState.INVALID_ESCAPE_SEQUENCE,
                            "LIKE pattern must not end with escape character");
                }
                pc = p.codePointAt(pi);
                if (si >= s.length() || s.codePointAt(si) != pc) {
                    return false;
                }
                si += Character.charCount(pc);
                pi += Character.charCount(pc);
            } else if (pc == '%') {
                while (pi < p.length() && p.charAt(pi) == '%') {
                    pi++;
                }
                if (pi >= p.length()) {
                    return true;
                }
                for (int k = si; k <= s.length(); k += k < s.length() ? Character.charCount(s.codePointAt(k)) : 1) {
                    if (likeAt(s, k, p, pi, esc)) {
                        return true;
                    }
                }
                return false;
            } else if (pc == '_') {
                if (si >= s.length()) {
                    return false;
                }
                si += Character.charCount(s.codePointAt(si));
                pi++;
            } else {
                if (si >= s.length() || s.codePointAt(si) != pc) {
                    return false;
                }
                si += Character.charCount(pc);
                pi += Character.charCount(pc);
            }
        }
        return si >= s.length();
    }

    /** SIMILAR TO pattern as a regular expression matched against the whole string. */
    private static Pattern similar(String p, String escape) {
        return CACHE.computeIfAbsent("S" + escape + "\u0000" + p, k -> {
            int esc = escape.isEmpty() ? -1 : escape.codePointAt(0);
            StringBuilder b = new StringBuilder();
            boolean inBracket = false;
            for (int i = 0; i < p.length(); i++) {
                char ch = p.charAt(i);
                if (ch == esc) {
                    if (++i >= p.length()) {
                        throw new FreshetException(SqlState.INVALID_ESCAPE_SEQUENCE,
                                "invalid escape string");
                    }
                    b.append(Pattern.quote(String.valueOf(p.charAt(i))));
                } else if (inBracket) {
                    if (ch == ']') {
                        inBracket = false;
                    }
                    b.append(ch == '\\' ? "\\\\" : String.valueOf(ch));
                } else if (ch == '[') {
                    inBracket = true;
                    b.append(ch);
                } else if (ch == '%') {
                    b.append(".*");
                } else if (ch == '_') {
                    b.append('.');
                } else if ("|*+?{}()".indexOf(ch) >= 0) {
                    b.append(ch);
                } else if (ch == '.' || ch == '^' || ch == '$' || ch == '\\') {
                    b.append('\\').append(ch);
                } else {
                    b.append(ch);
                }
            }
            return compile(b.toString(), Pattern.DOTALL);
        });
    }

    private static Pattern compile(String regex, int flags) {
        try {
            return Pattern.compile(regex, flags);
        } catch (PatternSyntaxException e) {
            throw new FreshetException(SqlState.INVALID_REGULAR_EXPRESSION,
                    "invalid regular expression: " + e.getDescription());
        }
    }

    /** A PostgreSQL ARE with flags (i, c, n, s, x, g ignored here) as a Java pattern. */
    static Pattern regex(String p, String flags) {
        return CACHE.computeIfAbsent("R" + flags + "\u0000" + p, k -> {
            int f = 0;
            boolean newlineSensitive = false;
            for (char ch : flags.toCharArray()) {
                switch (ch) {
                    case 'i':
                        f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                        break;
                    case 'c':
                        f &= ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                        break;
                    case 'n':
                    case 'm':
                        newlineSensitive = true;
                        break;
                    case 's':
                        newlineSensitive = false;
                        break;
                    case 'x':
                        f |= Pattern.COMMENTS;
                        break;
                    case 'g':
                        break;
                    default:
                        throw SqlErrors.invalidParameter("invalid regular expression option: \"" + ch + "\"");
                }
            }
            f |= newlineSensitive ? Pattern.MULTILINE : Pattern.DOTALL;
            return compile(translate(p, newlineSensitive), f);
        });
    }

    private static String translate(String p, boolean newlineSensitive) {
        StringBuilder b = new StringBuilder(p.length() + 8);
        boolean inBracket = false;
        for (int i = 0; i < p.length(); i++) {
            char ch = p.charAt(i);
            if (inBracket) {
                if (ch == '[' && i + 1 < p.length() && p.charAt(i + 1) == ':') {
                    int end = p.indexOf(":]", i + 2);
                    if (end > 0) {
                        b.append(posixClass(p.substring(i + 2, end)));
                        i = end + 1;
                        continue;
                    }
                }
                if (ch == ']' && b.charAt(b.length() - 1) != '[') {
                    inBracket = false;
                } else if (ch == '[' || ch == '&' || ch == '\\' && (i + 1 >= p.length())) {
                    b.append('\\');
                }
                b.append(ch);
                continue;
            }
            if (ch == '\\' && i + 1 < p.length()) {
                char n = p.charAt(++i);
                switch (n) {
                    case 'm':
                        b.append("\\b(?=\\w)");
                        break;
                    case 'M':
                        b.append("\\b(?<=\\w)");
                        break;
                    case 'y':
                        b.append("\\b");
                        break;
                    case 'Y':
                        b.append("\\B");
                        break;
                    case 'A':
                        b.append("\\A");
                        break;
                    case 'Z':
                        b.append("\\z");
                        break;
                    default:
                        b.append('\\').append(n);
                }
                continue;
            }
            if (ch == '[') {
                inBracket = true;
                b.append(ch);
                if (i + 1 < p.length() && p.charAt(i + 1) == '^') {
                    b.append('^');
                    i++;
                }
                if (i + 1 < p.length() && p.charAt(i + 1) == ']') {
                    b.append("\\]");
                    i++;
                }
                continue;
            }
            if (ch == '$' && !newlineSensitive) {
                b.append("\\z");
                continue;
            }
            b.append(ch);
        }
        return b.toString();
    }

    private static String posixClass(String name) {
        switch (name) {
            case "alpha": return "\\p{IsAlphabetic}";
            case "digit": return "0-9";
            case "alnum": return "\\p{IsAlphabetic}0-9";
            case "upper": return "\\p{IsUppercase}";
            case "lower": return "\\p{IsLowercase}";
            case "space": return "\\s";
            case "punct": return "\\p{Punct}";
            case "xdigit": return "0-9A-Fa-f";
            case "word": return "\\w";
            case "blank": return " \\t";
            case "cntrl": return "\\p{Cntrl}";
            case "print": return "\\p{Print}";
            case "graph": return "\\p{Graph}";
            default:
                throw new FreshetException(SqlState.INVALID_REGULAR_EXPRESSION,
                        "invalid regular expression: invalid character class");
        }
    }

    private static String replace(String s, String pattern, String replacement, String flags) {
        boolean global = flags.indexOf('g') >= 0;
        Matcher m = regex(pattern, flags.replace("g", "")).matcher(s);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            b.append(s, last, m.start());
            for (int i = 0; i < replacement.length(); i++) {
                char ch = replacement.charAt(i);
                if (ch == '\\' && i + 1 < replacement.length()) {
                    char n = replacement.charAt(i + 1);
                    if (n >= '1' && n <= '9') {
                        int g = n - '0';
                        if (g <= m.groupCount() && m.group(g) != null) {
                            b.append(m.group(g));
                        }
                        i++;
                        continue;
                    }
                    if (n == '&') {
                        b.append(m.group());
                        i++;
                        continue;
                    }
                    if (n == '\\') {
                        b.append('\\');
                        i++;
                        continue;
                    }
                }
                b.append(ch);
            }
            last = m.end();
            if (!global) {
                break;
            }
            if (m.end() == m.start()) {
                if (m.end() >= s.length()) {
                    break;
                }
            }
        }
        b.append(s, last, s.length());
        return b.toString();
    }

    private static ArrayValue match(String s, String pattern, String flags) {
        if (flags.indexOf('g') >= 0) {
            throw SqlErrors.invalidParameter("regexp_match() does not support the \"global\" option");
        }
        Matcher m = regex(pattern, flags).matcher(s);
        if (!m.find()) {
            return null;
        }
        if (m.groupCount() == 0) {
            return ArrayValue.of(m.group());
        }
        Object[] groups = new Object[m.groupCount()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = m.group(i + 1);
        }
        return ArrayValue.wrap(groups);
    }
}
