package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.chassis.crypto.FieldCipher;
import cn.hazardledger.hazardservice.hazard.Disclosure;

import java.math.BigDecimal;

/**
 * The reporter's identity, contact and the report's GPS, sealed into a report's columns and opened from them. The
 * associated data of each value is the report's id and the column, so that a value copied into another report or
 * column does not open (FieldCipher).
 */
final class ReporterSeal {

    static final String NAME = "reporter_name";
    static final String PHONE = "reporter_phone";
    static final String ID_NUMBER = "reporter_id";
    static final String CONTACT = "reporter_contact";
    static final String LOCATION = "location";

    /** What was sent, in clear, for a reveal or a re-seal; never kept. */
    record Opened(String name, String phone, String idNumber, String otherContact, BigDecimal latitude,
                  BigDecimal longitude) {
    }

    /** What a view shows of a row whose values do not open: no hints at all. */
    static final Opened UNREADABLE = new Opened(null, null, null, null, null, null);

    private ReporterSeal() {
    }

    static void seal(PublicReport r, FieldCipher cipher, Opened values) {
        r.reporterNameSealed = cipher.seal(values.name(), aad(r, NAME));
        r.reporterPhoneSealed = cipher.seal(values.phone(), aad(r, PHONE));
        r.reporterIdSealed = cipher.seal(values.idNumber(), aad(r, ID_NUMBER));
        r.reporterContactSealed = cipher.seal(values.otherContact(), aad(r, CONTACT));
        r.locationSealed = values.latitude() == null ? null
                : cipher.seal(values.latitude().toPlainString() + "," + values.longitude().toPlainString(), aad(r, LOCATION));
        r.keyVersion = cipher.currentVersion();
        r.reporterIdentified = values.name() != null || values.phone() != null || values.idNumber() != null
                || values.otherContact() != null;
    }

    static Opened open(PublicReport r, FieldCipher cipher) {
        String location = cipher.open(r.locationSealed, aad(r, LOCATION));
        BigDecimal lat = null;
        BigDecimal lon = null;
        if (location != null) {
            int comma = location.indexOf(',');
            lat = new BigDecimal(location.substring(0, comma));
            lon = new BigDecimal(location.substring(comma + 1));
        }
        return new Opened(cipher.open(r.reporterNameSealed, aad(r, NAME)), cipher.open(r.reporterPhoneSealed, aad(r, PHONE)),
                cipher.open(r.reporterIdSealed, aad(r, ID_NUMBER)), cipher.open(r.reporterContactSealed, aad(r, CONTACT)),
                lat, lon);
    }

    static Opened of(PublicReportRequest request) {
        PublicReportRequest.Reporter p = request.reporter();
        PublicReportRequest.Gps gps = request.gps();
        return new Opened(p == null ? null : strip(p.name()), p == null ? null : strip(p.phone()),
                p == null ? null : strip(p.idNumber()), p == null ? null : strip(p.otherContact()),
                gps == null ? null : gps.latitude(), gps == null ? null : gps.longitude());
    }

    static String aad(PublicReport r, String column) {
        return "public_report|" + r.id + "|" + column;
    }

    /** 138****0000, as every phone is masked (Disclosure): enough for staff to tell two reporters apart, not to call. */
    static String maskPhone(String phone) {
        return phone == null ? null : Disclosure.maskPhone(phone.replaceAll("[^0-9]", ""));
    }

    /**
     * A reporter's 身份证号 keeps only its last four: its first six name where the person was born, which in a
     * township can be as good as a name to an employer looking for the whistle-blower.
     */
    static String maskIdNumber(String idNumber) {
        return idNumber == null ? null : "*".repeat(Math.max(0, idNumber.length() - 4)) + idNumber.substring(Math.max(0, idNumber.length() - 4));
    }

    /** 王**: the family name only. */
    static String maskName(String name) {
        if (name == null) {
            return null;
        }
        int first = name.codePointAt(0);
        return new String(Character.toChars(first)) + "*".repeat(Math.max(1, name.codePointCount(0, name.length()) - 1));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
