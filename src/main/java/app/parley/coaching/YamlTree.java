package app.parley.coaching;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into nodes that remember their line, so that every complaint about a
 * rules file can name the line. Repeated keys are kept as problems rather than thrown, so all
 * of them are reported together with the rest.
 */
final class YamlTree {
    private static final YAMLFactory YAML = new YAMLFactory();

    enum Type { MAP, LIST, SCALAR, NULL }

    /** One node; {@code line} is where its value starts (1-based). */
    static final class Node {
        final Type type;
        final int line;
        final String text;
        final JsonToken token;
        final Map<String, Node> map = new LinkedHashMap<>();
        final Map<String, Integer> keyLines = new LinkedHashMap<>();
        final List<Node> list = new ArrayList<>();

        Node(Type type, int line, String text, JsonToken token) {
            this.type = type;
            this.line = line;
            this.text = text;
            this.token = token;
        }

        boolean isNumber() {
            return type == Type.SCALAR && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT);
        }

        boolean isBoolean() {
            return type == Type.SCALAR && (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE);
        }

        String describe() {
            return switch (type) {
                case MAP -> "a mapping";
                case LIST -> "a list";
                case NULL -> "nothing";
                case SCALAR -> "'" + text + "'";
            };
        }
    }

    record Problem(int line, String message) {
    }

    /** Thrown when the text is not YAML at all; names the line. */
    static final class SyntaxError extends Exception {
        final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    final Node root;
    final List<Problem> problems;

    private YamlTree(Node root, List<Problem> problems) {
        this.root = root;
        this.problems = problems;
    }

    static YamlTree parse(String text) throws SyntaxError {
        List<Problem> problems = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new YamlTree(new Node(Type.NULL, 1, null, null), problems);
            }
            Node root = read(parser, token, problems);
            if (parser.nextToken() != null) {
                throw new SyntaxError(line(parser), "more than one YAML document; a rules file is one document");
            }
            return new YamlTree(root, problems);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SyntaxError(line, "not valid YAML: " + e.getOriginalMessage().split("\n")[0]);
        } catch (IOException e) {
            throw new SyntaxError(0, "cannot read the rules: " + e.getMessage());
        }
    }

    private static Node read(JsonParser parser, JsonToken token, List<Problem> problems) throws IOException {
        int line = line(parser);
        switch (token) {
            case START_OBJECT -> {
                Node node = new Node(Type.MAP, line, null, token);
                while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = line(parser);
                    Node value = read(parser, parser.nextToken(), problems);
                    if (node.map.containsKey(key)) {
                        problems.add(new Problem(keyLine, "key '" + key + "' repeated (first on line "
                                + node.keyLines.get(key) + ")"));
                    } else {
                        node.map.put(key, value);
                        node.keyLines.put(key, keyLine);
                    }
                }
                return node;
            }
            case START_ARRAY -> {
                Node node = new Node(Type.LIST, line, null, token);
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    node.list.add(read(parser, token, problems));
                }
                return node;
            }
            case VALUE_NULL -> {
                return new Node(Type.NULL, line, null, token);
            }
            default -> {
                return new Node(Type.SCALAR, line, parser.getText(), token);
            }
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
