package io.volunteerrules.drools.lint;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.volunteerrules.drools.lint.RuleLinter.Findings;
import io.volunteerrules.drools.lint.RuleLinter.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.mvel.parser.DrlxParser;
import org.drools.mvel.parser.ParseStart;
import org.drools.mvel.parser.ast.expr.DrlxExpression;
import org.drools.mvel.parser.ast.expr.PointFreeExpr;

/**
 * Checks one piece of a rule's Java (a constraint, binding, accumulate argument or consequence)
 * against the {@link Allowlist}, after parsing it with a Java parser: every type, qualified name,
 * method call and field access must resolve to something allowed.
 */
final class JavaCheck {

    private static final ParserConfiguration JAVA = new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    /** Drools' infix operators the constraint parser must know; only these are allowed. */
    private static final List<String> OPERATORS = List.of("contains", "excludes", "memberOf");
    private static final ParseStart<DrlxExpression> DRLX = DrlxParser.buildDrlxParserWithArguments(OPERATORS);
    /** Drools' own expression nodes a condition may use: names, x contains y, half comparisons, casts, numbers. */
    private static final Set<String> DROOLS_NODES = Set.of("DrlxExpression", "DrlNameExpr", "PointFreeExpr",
            "HalfPointFreeExpr", "HalfBinaryExpr", "InlineCastExpr", "BigDecimalLiteralExpr", "BigIntegerLiteralExpr");
    private static final Set<String> CHANGES = Set.of("insert", "update", "modify", "delete", "retract",
            "insertLogical");

    private static final java.util.regex.Pattern MODIFY = java.util.regex.Pattern.compile("\\bmodify\\s*\\(");

    private final Allowlist allowlist;
    private final Scope scope;
    private final Findings out;
    private final Set<String> locals = new HashSet<>();
    private int baseLine;
    /** The class of the pattern a constraint belongs to, whose fields it names bare; null in consequences. */
    private Class<?> pattern;
    private boolean consequence;

    JavaCheck(Allowlist allowlist, Scope scope, Findings out) {
        this.allowlist = allowlist;
        this.scope = scope;
        this.out = out;
    }

    /** A constraint, binding, eval or accumulate argument of a pattern of {@code patternType} (may be null). */
    void constraint(String expression, int line, Class<?> patternType) {
        this.baseLine = line;
        this.pattern = patternType;
        this.consequence = false;
        Expression expr;
        try {
            DrlxExpression drlx = DrlxParser.parseExpression(DRLX, expression);
            expr = drlx.getExpr();
        } catch (RuntimeException e) {
            out.add(line, "parse", "\"" + expression.strip() + "\" is not a Java condition the linter can read: "
                    + firstLine(e.getMessage()));
            return;
        }
        check(expr);
    }

    /** A rule's consequence; {@code line} is the line of its {@code then}. */
    void consequence(String text, int line) {
        // Drools gives the consequence from its first non-blank character, usually on the line after then
        this.baseLine = line + 1;
        this.pattern = null;
        this.consequence = true;
        ParseResult<BlockStmt> parsed = new JavaParser(JAVA).parseBlock("{" + text + "\n}");
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            String why = parsed.getProblems().stream().map(Problem::getVerboseMessage).findFirst().orElse("");
            if (MODIFY.matcher(text).find()) {
                out.add(line, "insert", "modify: rules never change the facts they were given; derive a new fact"
                        + " with insertLogical(new X(...))");
                return;
            }
            out.add(line, "parse", "the consequence is not Java the linter can read: " + firstLine(why));
            return;
        }
        BlockStmt block = parsed.getResult().get();
        check(block);
    }

    private void check(Node root) {
        root.walk(n -> {
            if (n instanceof VariableDeclarator v) {
                locals.add(v.getNameAsString());
            } else if (n instanceof Parameter p) {
                locals.add(p.getNameAsString());
            } else if (n instanceof com.github.javaparser.ast.expr.TypePatternExpr p) {
                locals.add(p.getNameAsString());
            }
        });
        root.walk(this::node);
    }

    private void node(Node n) {
        int line = line(n);
        if (n.getClass().getName().startsWith("org.drools.") && !DROOLS_NODES.contains(n.getClass().getSimpleName())) {
            out.add(line, "construct", n.getClass().getSimpleName().replaceFirst("Expr(ession)?$", "")
                    + ": this part of Drools' condition language (null-safe access, OOPath, inline collections,"
                    + " temporal literals, modify/with blocks) is not allowed in a rule set");
            return;
        }
        if (n instanceof Statement s && !(s instanceof BlockStmt || s instanceof ExpressionStmt || s instanceof IfStmt
                || s instanceof EmptyStmt || s instanceof ReturnStmt)) {
            String what = s.getClass().getSimpleName().replaceFirst("Stmt$", "").toLowerCase(java.util.Locale.ROOT);
            boolean loop = what.equals("for") || what.equals("foreach") || what.equals("while") || what.equals("do");
            out.add(line, "construct", (loop ? "a " + what + " loop can hang the host; use a helper in"
                    + " io.volunteerrules.drools.internal.support" : "the statement " + what + " is not allowed in a consequence"));
        } else if (n instanceof TextBlockLiteralExpr) {
            out.add(line, "construct", "text blocks (\"\"\") are not allowed: write quoted text on one line");
        } else if (n instanceof IntegerLiteralExpr || n instanceof LongLiteralExpr || n instanceof DoubleLiteralExpr
                || isDroolsNumber(n)) {
            number((LiteralStringValueExpr) n, line);
        } else if (n instanceof ClassExpr) {
            out.add(line, "call", text(n) + ": class literals lead to reflection");
        } else if (n instanceof ArrayCreationExpr) {
            out.add(line, "construct", text(n) + ": rules do not create arrays");
        } else if (n instanceof SwitchExpr) {
            out.add(line, "construct", "switch is not allowed in a rule");
        } else if (n instanceof SuperExpr || n instanceof ThisExpr && consequence) {
            out.add(line, "call", text(n) + " is not allowed in a consequence");
        } else if (n instanceof ObjectCreationExpr o) {
            if (o.getAnonymousClassBody().isPresent()) {
                out.add(line, "construct", "anonymous classes are not allowed");
            }
            binaryName(o.getType()).filter(allowlist::engineMade)
                    .ifPresent(t -> engineMade(line, "new " + RuleLinter.simpleName(t) + "(...)"));
        } else if (n instanceof ClassOrInterfaceType t) {
            if (!(t.getParentNode().orElse(null) instanceof ClassOrInterfaceType)) {
                type(t, line);
            }
        } else if (n instanceof AssignExpr a) {
            if (!(a.getTarget() instanceof NameExpr name && locals.contains(name.getNameAsString()))) {
                out.add(line, "call", text(a.getTarget()) + ": rules assign only their own local variables");
            }
        } else if (n instanceof MethodCallExpr m) {
            call(m, line);
        } else if (n instanceof MethodReferenceExpr r) {
            if (!allowlist.allowsMemberName(r.getIdentifier())) {
                out.add(line, "call", text(r) + ": " + r.getIdentifier() + " is not a method rules may call");
            }
            if (r.getScope() instanceof com.github.javaparser.ast.expr.TypeExpr te) {
                if (te.getType() instanceof ClassOrInterfaceType t) {
                    binaryName(t).filter(allowlist::engineMade).ifPresent(x -> engineMade(line, text(r)));
                }
                return;
            }
            Resolved scopeOf = resolve(r.getScope(), line);
            if (scopeOf.kind == Kind.PACKAGE) {
                out.add(line, "call", text(r.getScope()) + " is neither a binding, a local variable, nor a field of the pattern");
            } else if (scopeOf.kind == Kind.TYPE && allowlist.engineMade(scopeOf.type)) {
                engineMade(line, text(r));
            }
        } else if (n instanceof PointFreeExpr p) {
            if (!OPERATORS.contains(p.getOperator().asString())) {
                out.add(line, "construct", p.getOperator().asString() + " is not an operator rules may use");
            }
        } else if (n instanceof org.drools.mvel.parser.ast.expr.HalfPointFreeExpr p) {
            if (!OPERATORS.contains(p.getOperator().asString())) {
                out.add(line, "construct", p.getOperator().asString() + " is not an operator rules may use");
            }
        } else if (n instanceof NameExpr || n instanceof FieldAccessExpr) {
            Node parent = n.getParentNode().orElse(null);
            boolean partOfChain = parent instanceof FieldAccessExpr f && f.getScope() == n
                    || parent instanceof MethodCallExpr m && m.getScope().orElse(null) == n
                    || parent instanceof MethodReferenceExpr;
            if (!partOfChain) {
                Resolved r = resolve((Expression) n, line);
                if (r.kind == Kind.PACKAGE) {
                    out.add(line, "call", text(n) + " is neither a binding, a local variable, nor a field of the pattern");
                }
            }
        }
    }

    /**
     * A rule that would make a question or a case fact: only the engine makes them, from the request,
     * and it leaves out of a request's rule base the rules that need one the request does not bring
     * (see {@link Allowlist#engineMade(Class)}).
     */
    private void engineMade(int line, String what) {
        out.add(line, "engine-fact", what + ": questions and case facts are made only by the engine, from the"
                + " request; a rule may match them, never make one (derive a fact of the rule area instead)");
    }

    /** The binary name of a type as written in the rule, if it names one the rule file imports or qualifies. */
    private Optional<String> binaryName(ClassOrInterfaceType t) {
        String name = t.getNameWithScope();
        if (t.getScope().isEmpty()) {
            return Optional.ofNullable(scope.types.get(name));
        }
        return outerImported(name).or(() -> RuleLinter.binaryName(name));
    }

    private static boolean isDroolsNumber(Node n) {
        return n instanceof org.drools.mvel.parser.ast.expr.BigDecimalLiteralExpr
                || n instanceof org.drools.mvel.parser.ast.expr.BigIntegerLiteralExpr;
    }

    private void number(LiteralStringValueExpr n, int line) {
        String v = n.getValue().replace("_", "").replaceAll("[lLdDfFIB]$", "");
        if (!v.matches("0+|0*1|0*\\.0+|0*1\\.0*|0x0*[01]")) {
            out.add(line, "number", "the number " + n.getValue() + " belongs in the area's parameter table (with its"
                    + " dates and source), not in the rule");
        }
    }

    private void type(ClassOrInterfaceType t, int line) {
        String name = t.getNameWithScope();
        if (name.equals("var")) {
            return;
        }
        if (t.getScope().isEmpty()) {
            String binary = scope.types.get(name);
            if (binary == null) {
                out.add(line, "call", name + ": not an imported type of the allowlist (java.lang types other than "
                        + "String, Integer, Long, Boolean, Double, Math and Object are not available to rules)");
            }
            return;
        }
        Optional<String> binary = outerImported(name).or(() -> RuleLinter.binaryName(name));
        if (binary.isEmpty() || !allowlist.allowsType(binary.get())) {
            out.add(line, "qualified-name", name + ": a type outside the allowlist");
        }
    }

    /** {@code Map.Entry} where Map is imported. */
    private Optional<String> outerImported(String dotted) {
        int dot = dotted.indexOf('.');
        String outer = scope.types.get(dotted.substring(0, dot));
        return outer == null ? Optional.empty() : Optional.of(outer + dotted.substring(dot).replace('.', '$'));
    }

    private void call(MethodCallExpr m, int line) {
        String name = m.getNameAsString();
        for (Expression arg : m.getArguments()) {
            if (arg instanceof NameExpr a && (a.getNameAsString().equals("drools") || a.getNameAsString().equals("kcontext"))
                    && !supportCall(m)) {
                out.add(line, "call", text(a) + " may only be handed to a helper of " + Allowlist.SUPPORT_PACKAGE);
            }
        }
        if (m.getScope().isEmpty()) {
            if (!consequence) {
                if (pattern == null || !allowlist.allowsMember(pattern.getName(), name)) {
                    out.add(line, "call", name + "(...): not a method of the pattern's type that rules may call");
                }
                return;
            }
            if (name.equals("insertLogical") && m.getArguments().size() == 1) {
                return;
            }
            if (CHANGES.contains(name)) {
                out.add(line, "insert", name + "(...): derived facts are inserted with insertLogical(new X(...)) and"
                        + " findings with Findings.refuse/review/pass/info/value(kcontext, ...), which insert logically"
                        + " themselves; a plain insert answers by rule order, and rules never change their facts");
            } else {
                out.add(line, "call", name + "(...): not a method rules may call (functions are not allowed)");
            }
            return;
        }
        Expression receiver = m.getScope().get();
        if (receiver instanceof NameExpr r && (r.getNameAsString().equals("drools") || r.getNameAsString().equals("kcontext"))) {
            if (!(r.getNameAsString().equals("drools") && name.equals("getRule") && m.getArguments().isEmpty())) {
                boolean change = CHANGES.contains(name);
                out.add(line, change ? "insert" : "call", text(r) + "." + name + ": " + (change
                        ? "derived facts are inserted with insertLogical(new X(...)) and findings through Findings"
                        : "rules may use drools.getRule().getName() and hand kcontext to Findings, nothing else"));
            }
            return;
        }
        if (receiver instanceof MethodCallExpr inner && inner.getScope().orElse(null) instanceof NameExpr d
                && d.getNameAsString().equals("drools")) {
            if (!name.equals("getName")) {
                out.add(line, "call", text(m) + ": rules may use drools.getRule().getName() only");
            }
            return;
        }
        Resolved r = resolve(receiver, line);
        switch (r.kind) {
            case TYPE -> {
                if (allowlist.engineMade(r.type)) {
                    engineMade(line, RuleLinter.simpleName(r.type) + "." + name + "(...)");
                } else if (!allowlist.allowsMember(r.type, name)) {
                    out.add(line, "call", RuleLinter.simpleName(r.type) + "." + name + ": not a method of "
                            + r.type + " that rules may call");
                }
            }
            case VALUE -> {
                if (!allowlist.allowsMemberName(name)) {
                    out.add(line, "call", name + ": not a method of an allowed type");
                }
            }
            case PACKAGE -> out.add(line, "call", text(receiver) + "." + name
                    + ": neither a binding, a local variable, a field of the pattern nor an allowed type");
            case BAD -> {
            }
        }
    }

    /** A call to a helper of the support package, which may be handed the rule's context. */
    private boolean supportCall(MethodCallExpr m) {
        if (m.getScope().isEmpty()) {
            return false;
        }
        Resolved r = resolveQuietly(m.getScope().get());
        return r.kind == Kind.TYPE && r.type.startsWith(Allowlist.SUPPORT_PACKAGE + ".");
    }

    private enum Kind { VALUE, TYPE, PACKAGE, BAD }

    private record Resolved(Kind kind, String type) {
        static final Resolved VALUE = new Resolved(Kind.VALUE, null);
        static final Resolved BAD = new Resolved(Kind.BAD, null);
    }

    private Resolved resolveQuietly(Expression e) {
        Findings ignored = new Findings("");
        JavaCheck quiet = new JavaCheck(allowlist, scope, ignored);
        quiet.locals.addAll(locals);
        quiet.pattern = pattern;
        quiet.consequence = consequence;
        return quiet.resolve(e, 0);
    }

    /** What a name or a chain of names ({@code a.b.C.d}) stands for; reports what is not allowed. */
    private Resolved resolve(Expression e, int line) {
        if (e instanceof NameExpr n) {
            String id = n.getNameAsString();
            if (id.equals("drools") || id.equals("kcontext")) {
                if (!(n.getParentNode().orElse(null) instanceof MethodCallExpr)) {
                    out.add(line, "call", id + ": rules may use drools.getRule().getName() and hand kcontext to"
                            + " Findings, nothing else");
                }
                return Resolved.BAD;
            }
            if (locals.contains(id) || scope.bindings.containsKey(id)) {
                return Resolved.VALUE;
            }
            if (scope.types.containsKey(id)) {
                return new Resolved(Kind.TYPE, scope.types.get(id));
            }
            if (pattern != null && allowlist.allowsMember(pattern.getName(), id)) {
                return Resolved.VALUE;
            }
            if (Character.isUpperCase(id.charAt(0))) {
                out.add(line, "call", id + ": not an imported type of the allowlist (java.lang types other than"
                        + " String, Integer, Long, Boolean, Double, Math and Object are not available to rules)");
                return Resolved.BAD;
            }
            return new Resolved(Kind.PACKAGE, id);
        }
        if (e instanceof FieldAccessExpr f) {
            String id = f.getNameAsString();
            Resolved scopeOf = resolve(f.getScope(), line);
            switch (scopeOf.kind) {
                case PACKAGE -> {
                    String dotted = scopeOf.type + "." + id;
                    if (Character.isUpperCase(id.charAt(0))) {
                        if (allowlist.allowsType(dotted)) {
                            return new Resolved(Kind.TYPE, dotted);
                        }
                        out.add(line, "qualified-name", dotted + ": a fully qualified name outside the allowlist");
                        return Resolved.BAD;
                    }
                    return new Resolved(Kind.PACKAGE, dotted);
                }
                case TYPE -> {
                    String nested = scopeOf.type + "$" + id;
                    if (allowlist.allowsType(nested)) {
                        return new Resolved(Kind.TYPE, nested);
                    }
                    if (allowlist.engineMade(scopeOf.type)) {
                        engineMade(line, RuleLinter.simpleName(scopeOf.type) + "." + id);
                        return Resolved.BAD;
                    }
                    if (!allowlist.allowsMember(scopeOf.type, id)) {
                        out.add(line, "call", RuleLinter.simpleName(scopeOf.type) + "." + id + ": not a field of "
                                + scopeOf.type + " that rules may use");
                        return Resolved.BAD;
                    }
                    return Resolved.VALUE;
                }
                case VALUE -> {
                    if (!allowlist.allowsMemberName(id)) {
                        out.add(line, "call", id + ": not a field or property of an allowed type");
                        return Resolved.BAD;
                    }
                    return Resolved.VALUE;
                }
                default -> {
                    return Resolved.BAD;
                }
            }
        }
        // any other expression (a call, a literal, a cast...) gives a value; its parts are checked on their own
        return Resolved.VALUE;
    }

    private int line(Node n) {
        // Drools' constraint parser may number the first line 0
        return baseLine + Math.max(1, n.getBegin().map(p -> p.line).orElse(1)) - 1;
    }

    /** A node's source text (Drools' own expression nodes cannot all print themselves). */
    private static String text(Node n) {
        try {
            return n.toString();
        } catch (RuntimeException e) {
            return n.getClass().getSimpleName();
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
