package app.parley.access;

import java.io.PrintStream;
import java.util.Set;

/**
 * At the first start (no account at all), an admin account with a random password, printed once
 * on the console (never to the log) for the one who installs Parley to sign in and change.
 */
public final class FirstAdmin {
    public static final String USERNAME = "admin";

    private FirstAdmin() {
    }

    /** Creates the first admin when there is no account yet; returns its password, or null. */
    public static String ensure(Accounts accounts, AuditTrail audit, PrintStream console) {
        if (accounts.count() > 0) {
            return null;
        }
        String password = Passwords.random(16);
        accounts.add(new Account(USERNAME, "Administrator", Set.of(Role.ADMIN), null, Set.of(), false, true),
                Passwords.hash(password));
        audit.record("parley", null, "account-add", USERNAME, "ok", "first start: roles admin");
        console.println();
        console.println("First start: an admin account was created. Sign in as '" + USERNAME + "' with the password");
        console.println("    " + password);
        console.println("(shown this once; change it with: parley users passwd " + USERNAME + ")");
        console.println();
        return password;
    }
}
