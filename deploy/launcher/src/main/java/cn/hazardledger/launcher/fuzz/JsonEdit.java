package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Edits of a JSON body at a field path: on the tree (set, remove) or on the text, where the edit is something a
 * JSON library would refuse to write (a raw literal such as {@code 1e-999999999}, a duplicate key, invalid UTF-8).
 */
public final class JsonEdit {

    private static final String MARK = "__hostile_mark_7f3a__";

    private JsonEdit() {
    }

    public static JsonNode get(JsonNode root, List<String> path) {
        JsonNode n = root;
        for (String s : path) {
            n = n.path(s);
        }
        return n;
    }

    public static JsonNode set(JsonNode root, List<String> path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        parent(copy, path).set(path.get(path.size() - 1), value);
        return copy;
    }

    public static JsonNode remove(JsonNode root, List<String> path) {
        JsonNode copy = root.deepCopy();
        parent(copy, path).remove(path.get(path.size() - 1));
        return copy;
    }

    private static ObjectNode parent(JsonNode root, List<String> path) {
        JsonNode n = root;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonNode child = n.get(path.get(i));
            if (child == null || !child.isObject()) {
                child = ((ObjectNode) n).putObject(path.get(i));
            }
            n = child;
        }
        return (ObjectNode) n;
    }

    /** The body's text with the value at {@code path} replaced by {@code literal}, written as it is. */
    public static String withLiteral(JsonNode root, List<String> path, String literal) {
        return text(set(root, path, JsonNodeFactory.instance.textNode(MARK))).replace("\"" + MARK + "\"", literal);
    }

    /** The body's text with the field at {@code path} given twice: first its own value, then {@code secondLiteral}. */
    public static String withDuplicate(JsonNode root, List<String> path, String secondLiteral) {
        String own = text(get(root, path));
        String name = path.get(path.size() - 1);
        return withLiteral(root, path, own + "," + text(JsonNodeFactory.instance.textNode(name)) + ":" + secondLiteral);
    }

    /** The body's bytes with the string at {@code path} holding {@code inside} as raw bytes between its quotes. */
    public static byte[] withBytes(JsonNode root, List<String> path, byte[] inside) {
        String text = text(set(root, path, JsonNodeFactory.instance.textNode(MARK)));
        int at = text.indexOf(MARK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes("ab".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(inside);
        out.writeBytes("cd".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(text.substring(at + MARK.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static String text(JsonNode node) {
        try {
            return Draft.JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String quote(String s) {
        return text(JsonNodeFactory.instance.textNode(s));
    }
}
