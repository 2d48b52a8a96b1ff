package cn.hazardledger.launcher;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.launcher.DeploymentManifestsTest.list;
import static cn.hazardledger.launcher.DeploymentManifestsTest.map;
import static cn.hazardledger.launcher.DeploymentManifestsTest.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kustomization read as far as the test command can without kubectl (CI has only a JDK): the resources it
 * names, through its bases, and its patches with what each targets. Kustomize itself builds it on a machine
 * with kubectl (deploy/README.md, "Not run here"); this catches what a rename or a typo in a base breaks in an
 * overlay, which only `kubectl kustomize` would otherwise notice.
 */
record Kustomization(Path dir, List<Map<String, Object>> resources, List<Patch> patches) {

    /** A patch and what it targets: kind, a name as a regex (anchored, as kustomize reads it), an optional group. */
    record Patch(String source, String kind, String name, String group, List<Map<String, Object>> operations) {

        boolean targets(Map<String, Object> resource) {
            String apiVersion = (String) resource.get("apiVersion");
            String resourceGroup = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
            return kind.equals(resource.get("kind"))
                    && (name == null || ((String) path(resource, "metadata", "name")).matches(name))
                    && (group == null || group.equals(resourceGroup));
        }
    }

    static Kustomization load(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        assertThat(file).as("a kustomization in " + dir).isRegularFile();
        Map<String, Object> k = map(parse(file).get(0));
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : list(k.get("resources"))) {
            Path named = dir.resolve((String) entry).normalize();
            assertThat(named).as(file + " names " + entry).exists();
            if (Files.isDirectory(named)) {
                Kustomization base = load(named);
                resources.addAll(base.resources());
            } else {
                parse(named).forEach(doc -> resources.add(map(doc)));
            }
        }
        List<Patch> patches = new ArrayList<>();
        for (Object entry : list(k.get("patches"))) {
            patches.add(patch(dir, file, map(entry)));
        }
        assertThat(k).as(file + ": the deprecated patch fields are not read here; use patches:")
                .doesNotContainKeys("patchesStrategicMerge", "patchesJson6902");
        return new Kustomization(dir, resources, patches);
    }

    private static Patch patch(Path dir, Path file, Map<String, Object> entry) {
        String source;
        List<Object> docs;
        if (entry.containsKey("path")) {
            Path named = dir.resolve((String) entry.get("path")).normalize();
            assertThat(named).as(file + " names the patch " + entry.get("path")).isRegularFile();
            source = named.toString();
            docs = parse(named);
        } else {
            source = file + " (inline)";
            assertThat(entry).as(file + ": a patch is a path or an inline patch").containsKey("patch");
            docs = new ArrayList<>();
            new Yaml().loadAll((String) entry.get("patch")).forEach(docs::add);
        }
        assertThat(docs).as(source).hasSize(1);
        Object doc = docs.get(0);
        Map<String, Object> target = map(entry.get("target"));
        if (doc instanceof List<?> ops) {
            assertThat(target).as(source + ": a JSON 6902 patch names its target").containsKeys("kind");
            return new Patch(source, (String) target.get("kind"), (String) target.get("name"), (String) target.get("group"),
                    ops.stream().map(DeploymentManifestsTest::map).toList());
        }
        // a strategic-merge patch targets the resource it names, unless a target widens it
        Map<String, Object> smp = map(doc);
        String kind = target.isEmpty() ? (String) smp.get("kind") : (String) target.get("kind");
        String name = target.isEmpty() ? java.util.regex.Pattern.quote((String) path(smp, "metadata", "name")) : (String) target.get("name");
        return new Patch(source, kind, name, (String) target.get("group"), List.of());
    }

    private static List<Object> parse(Path file) {
        try {
            List<Object> docs = new ArrayList<>();
            for (Object doc : new Yaml().loadAll(Files.readString(file))) {
                if (doc != null) {
                    docs.add(doc);
                }
            }
            assertThat(docs).as(file + " holds a document").isNotEmpty();
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a JSON 6902 operation can apply to {@code resource}: replace, remove and test need the path to be
     * there, add needs its parent (kustomize refuses the overlay otherwise).
     */
    static boolean applies(Map<String, Object> operation, Map<String, Object> resource) {
        String op = (String) operation.get("op");
        List<String> tokens = new ArrayList<>(List.of(((String) operation.get("path")).substring(1).split("/", -1)));
        if ("add".equals(op)) {
            String last = tokens.remove(tokens.size() - 1);
            Object parent = pointer(resource, tokens);
            return parent instanceof Map || (parent instanceof List<?> l && ("-".equals(last) || index(last) <= l.size()));
        }
        return pointer(resource, tokens) != null;
    }

    private static Object pointer(Object at, List<String> tokens) {
        for (String raw : tokens) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            if (at instanceof Map<?, ?> m) {
                at = m.get(token);
            } else if (at instanceof List<?> l) {
                int i = index(token);
                at = i >= 0 && i < l.size() ? l.get(i) : null;
            } else {
                return null;
            }
        }
        return at;
    }

    private static int index(String token) {
        return token.matches("\\d+") ? Integer.parseInt(token) : -1;
    }
}
