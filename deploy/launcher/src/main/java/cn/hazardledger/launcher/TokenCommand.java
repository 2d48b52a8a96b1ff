package cn.hazardledger.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * deploy/token: {@code ROLE [REGION] [SUBJECT] [--name NAME] [--unit CODE:NAME] [--credit-code CODE]}, options in
 * any place, {@code --option value} or {@code --option=value}. Prints one token; exit 2 with the usage for bad
 * arguments, 1 when the local run has made no key yet.
 */
final class TokenCommand {

    static final String USAGE = "usage: deploy/token ROLE [REGION_CODE] [SUBJECT] [--name NAME] [--unit CODE:NAME]"
            + " [--credit-code CODE]\n  roles: " + String.join(", ", Tokens.ROLES)
            + "\n  e.g.  deploy/token UNIT 500240000000 zjw-1 --unit 500240-ZJW:忠县住房和城乡建设委员会 --name 刘伟"
            + "\n        deploy/token ENTERPRISE 500240213000 boss-1 --credit-code 91350100M000100Y43";
    /** 三星乡, where the README's walk-through begins. */
    static final String DEFAULT_REGION = "500240213000";
    private static final List<String> OPTIONS = List.of("--name", "--unit", "--credit-code");

    private TokenCommand() {
    }

    static int run(Path data, List<String> args, PrintStream out, PrintStream err) {
        Identity who;
        try {
            who = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            PrivateKey key = Keys.loadPrivate(data.resolve("keys"));
            out.println(Tokens.mint(key, who));
            return 0;
        } catch (IOException | GeneralSecurityException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** The identity the arguments ask for, validated; IllegalArgumentException saying what is wrong otherwise. */
    static Identity parse(List<String> args) {
        List<String> positional = new ArrayList<>();
        String name = null;
        String unit = null;
        String creditCode = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String option = eq < 0 ? arg : arg.substring(0, eq);
            if (!OPTIONS.contains(option)) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(option + " needs a value");
            }
            switch (option) {
                case "--name" -> name = once(option, name, value);
                case "--unit" -> unit = once(option, unit, value);
                default -> creditCode = once(option, creditCode, value);
            }
        }
        if (positional.isEmpty() || positional.size() > 3) {
            throw new IllegalArgumentException("give a ROLE, then at most a REGION_CODE and a SUBJECT");
        }
        String role = positional.get(0).toUpperCase(Locale.ROOT);
        String region = positional.size() > 1 ? positional.get(1) : DEFAULT_REGION;
        String subject = positional.size() > 2 ? positional.get(2) : "demo-" + role.toLowerCase(Locale.ROOT);
        Identity who = Identity.of(role, region, subject).named(name).ofEnterprise(creditCode);
        if (unit != null) {
            int colon = unit.indexOf(':');
            // a unit is known by its code and shown by its name (a department push names both): one without the
            // other is refused here rather than minted into a token the services half understand
            who = colon < 0 ? who.ofUnit(unit, null) : who.ofUnit(unit.substring(0, colon), unit.substring(colon + 1));
        }
        who.requireValid();
        return who;
    }

    private static String once(String option, String earlier, String value) {
        if (earlier != null) {
            throw new IllegalArgumentException(option + " is given twice");
        }
        return value;
    }
}
