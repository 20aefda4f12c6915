package dev.cairn.rules.checkstyle;

import com.puppycrawl.tools.checkstyle.api.AbstractCheck;
import com.puppycrawl.tools.checkstyle.api.DetailAST;
import com.puppycrawl.tools.checkstyle.api.TokenTypes;
import java.util.Optional;
import java.util.Set;

/**
 * Flags secrets written into Java source: string literals that match a known key format anywhere
 * (AWS access key ids, PEM private keys, GitHub, Slack and Stripe tokens, Google API keys, JWTs,
 * passwords inside URLs), and string literals given to a password-, secret-, token- or key-like name:
 * <pre>
 * String password = "hunter2";                 // initialiser
 * this.apiKey = "k-123";                       // assignment
 * if (token.equals("s3cr3t")) { }              // comparison, either way round
 * if ("s3cr3t".equals(user.getPassword())) { }
 * props.put("db.password", "hunter2");         // a secret-like key with a literal value
 * </pre>
 * Not flagged: empty strings, placeholders ({@code "${DB_PASSWORD}"}), environment variable names
 * ({@code System.getenv("DB_PASSWORD")}), labels ({@code "Password:"}) and prose. The heuristics are
 * {@link SecretPatterns}', shared with the secret scan of {@code cairn check}.
 *
 * <p>Rationale: a secret in the source is in every clone, fork, build log and backup of the
 * repository, forever; it cannot be rotated without a release. Read it at runtime from the
 * environment or a mounted secret file instead.
 *
 * <p>Cairn's configurations give this check the id {@code cairn.secrets.hardcoded}.
 */
public final class HardcodedSecretCheck extends AbstractCheck {

    /** Message key: a literal matches a known secret format; argument: the format's name. */
    public static final String MSG_KNOWN_FORMAT = "cairn.secret.known.format";

    /** Message key: a literal is given to a secret-like name; argument: the name. */
    public static final String MSG_HARDCODED_VALUE = "cairn.secret.hardcoded.value";

    private static final Set<String> COMPARISONS = Set.of("equals", "equalsIgnoreCase", "contentEquals");

    @Override
    public int[] getDefaultTokens() {
        return getRequiredTokens();
    }

    @Override
    public int[] getAcceptableTokens() {
        return getRequiredTokens();
    }

    @Override
    public int[] getRequiredTokens() {
        return new int[] {TokenTypes.STRING_LITERAL, TokenTypes.TEXT_BLOCK_CONTENT};
    }

    @Override
    public void visitToken(DetailAST ast) {
        if (ast.getType() == TokenTypes.TEXT_BLOCK_CONTENT) {
            checkTextBlock(ast);
            return;
        }
        String value = valueOf(ast);
        Optional<String> format = SecretPatterns.knownFormat(value);
        if (format.isPresent()) {
            log(ast, MSG_KNOWN_FORMAT, format.get());
            return;
        }
        secretLikeNameGiven(ast)
            .filter(name -> SecretPatterns.isHardcodedValue(name, value))
            .ifPresent(name -> log(ast, MSG_HARDCODED_VALUE, name));
    }

    // A text block spans lines: report the line of the key, not the line where the block starts.
    private void checkTextBlock(DetailAST content) {
        String[] lines = content.getText().split("\\R", -1);
        for (int offset = 0; offset < lines.length; offset++) {
            Optional<String> format = SecretPatterns.knownFormat(lines[offset]);
            if (format.isPresent()) {
                int column = offset == 0 ? content.getColumnNo() : leadingSpaces(lines[offset]);
                log(content.getLineNo() + offset, column, MSG_KNOWN_FORMAT, format.get());
            }
        }
    }

    /** The secret-like name a literal is given to or compared with, if there is one. */
    private static Optional<String> secretLikeNameGiven(DetailAST literal) {
        return nameGiven(literal).filter(SecretPatterns::isSecretLikeName);
    }

    private static Optional<String> nameGiven(DetailAST literal) {
        DetailAST parent = literal.getParent();
        if (parent.getType() == TokenTypes.ASSIGN && literal == parent.getLastChild()) {
            return nameOf(parent.getFirstChild());                      // password = "..."
        }
        if (parent.getType() == TokenTypes.DOT && literal == parent.getFirstChild()) {
            return comparedArgument(parent.getParent());                // "...".equals(password)
        }
        if (parent.getType() != TokenTypes.EXPR) {
            return Optional.empty();
        }
        DetailAST holder = parent.getParent();
        if (holder.getType() == TokenTypes.ASSIGN && holder.getParent().getType() == TokenTypes.VARIABLE_DEF) {
            return nameOf(holder.getParent().findFirstToken(TokenTypes.IDENT)); // String password = "..."
        }
        if (holder.getType() == TokenTypes.ELIST) {
            return nameBesideArgument(parent, holder);
        }
        return Optional.empty();
    }

    // password.equals("..."), Objects.equals(password, "..."), props.put("password", "...")
    private static Optional<String> nameBesideArgument(DetailAST argument, DetailAST arguments) {
        DetailAST call = arguments.getParent();
        if (call.getType() != TokenTypes.METHOD_CALL) {
            return Optional.empty();
        }
        String method = methodName(call);
        int count = arguments.getChildCount(TokenTypes.EXPR);
        if (count == 1 && COMPARISONS.contains(method) && call.getFirstChild().getType() == TokenTypes.DOT) {
            return nameOf(call.getFirstChild().getFirstChild());
        }
        if (count != 2) {
            return Optional.empty();
        }
        DetailAST first = arguments.findFirstToken(TokenTypes.EXPR);
        DetailAST second = arguments.getLastChild();
        if (method.equals("equals") && argument == second) {
            return nameOf(first.getFirstChild());
        }
        if (method.equals("equals") && argument == first) {
            return nameOf(second.getFirstChild());
        }
        if (argument == second && first.getFirstChild().getType() == TokenTypes.STRING_LITERAL) {
            return Optional.of(valueOf(first.getFirstChild()));
        }
        return Optional.empty();
    }

    private static Optional<String> comparedArgument(DetailAST call) {
        if (call.getType() != TokenTypes.METHOD_CALL || !COMPARISONS.contains(methodName(call))) {
            return Optional.empty();
        }
        DetailAST arguments = call.findFirstToken(TokenTypes.ELIST);
        if (arguments.getChildCount(TokenTypes.EXPR) != 1) {
            return Optional.empty();
        }
        return nameOf(arguments.getFirstChild().getFirstChild());
    }

    private static String methodName(DetailAST call) {
        DetailAST target = call.getFirstChild();
        DetailAST name = target.getType() == TokenTypes.DOT ? target.getLastChild() : target;
        return name.getType() == TokenTypes.IDENT ? name.getText() : "";
    }

    /** The name an expression reads: {@code password}, {@code this.password}, {@code user.getPassword()}. */
    private static Optional<String> nameOf(DetailAST expression) {
        return switch (expression.getType()) {
            case TokenTypes.IDENT -> Optional.of(expression.getText());
            case TokenTypes.DOT -> nameOf(expression.getLastChild());
            case TokenTypes.METHOD_CALL -> Optional.of(methodName(expression)).filter(name -> !name.isEmpty());
            default -> Optional.empty();
        };
    }

    // Enough unescaping for the heuristics: the quotes go; escapes stay as written, which neither the
    // known formats nor the name rules depend on.
    private static String valueOf(DetailAST literal) {
        String text = literal.getText();
        return text.length() >= 2 ? text.substring(1, text.length() - 1) : text;
    }

    private static int leadingSpaces(String line) {
        int spaces = 0;
        while (spaces < line.length() && Character.isWhitespace(line.charAt(spaces))) {
            spaces++;
        }
        return spaces;
    }
}
