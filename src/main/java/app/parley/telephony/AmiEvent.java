package app.parley.telephony;

import java.util.Locale;
import java.util.Map;

/**
 * One AMI event as plain fields (keys in lower case, as Asterisk names them: "uniqueid",
 * "linkedid", "calleridnum"...). The call tracker reads these, so it knows nothing of
 * Asterisk-Java and its tests replay events written by hand.
 */
public record AmiEvent(String name, Map<String, String> fields) {
    public AmiEvent {
        name = name.toLowerCase(Locale.ROOT);
        fields = Map.copyOf(fields);
    }

    public static AmiEvent of(String name, String... keysAndValues) {
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                fields.put(keysAndValues[i].toLowerCase(Locale.ROOT), keysAndValues[i + 1]);
            }
        }
        return new AmiEvent(name, fields);
    }

    public String get(String key) {
        return fields.get(key);
    }

    public boolean is(String eventName) {
        return name.equalsIgnoreCase(eventName);
    }
}
