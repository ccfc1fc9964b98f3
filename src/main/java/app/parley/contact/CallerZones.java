package app.parley.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The time zones a phone number may be in, from its country and area code (Google's
 * libphonenumber): one for most numbers ("+1 212…": New York), several where an area spans
 * zones, none where the number says nothing (an unknown or made-up area code).
 */
public final class CallerZones {
    private final PhoneNumberUtil numbers = PhoneNumberUtil.getInstance();
    private final PhoneNumberToTimeZonesMapper zones = PhoneNumberToTimeZonesMapper.getInstance();
    private final String defaultRegion;

    /** {@code defaultRegion}: the country of numbers written without a country code ("US", "MX"). */
    public CallerZones(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    public List<ZoneId> of(String phone) {
        if (phone == null || phone.isBlank()) {
            return List.of();
        }
        Phonenumber.PhoneNumber number;
        try {
            number = numbers.parse(phone, defaultRegion);
        } catch (NumberParseException e) {
            return List.of();
        }
        List<ZoneId> found = new ArrayList<>();
        for (String id : zones.getTimeZonesForNumber(number)) {
            if (id.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
                continue;
            }
            try {
                found.add(ZoneId.of(id));
            } catch (DateTimeException e) {
                // A zone name the JDK does not know: that zone is not judged.
            }
        }
        return List.copyOf(found);
    }
}
