package org.conductledger.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;
import org.conductledger.model.Member;
import org.conductledger.model.Organisation;
import org.conductledger.model.PackageItem;
import org.conductledger.model.RegisterForm;
import org.conductledger.model.RegisterRecord;

/**
 * Records as package items, with references by natural key (organisation code, ID number, platform and
 * category code): the sender builds what it sends this way, and the receiver builds its own copy the same
 * way to see whether it was changed here since it was imported.
 */
final class PackageItems {

    private PackageItems() {
    }

    private static String s(Object value) {
        return value == null ? "" : value.toString();
    }

    static PackageItem org(Organisation o, String parentCode) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("code", o.code());
        f.put("name", o.name());
        f.put("type", o.type().name());
        f.put("parentCode", s(parentCode));
        f.put("establishedOn", s(o.establishedOn()));
        return new PackageItem(PackageItem.ORG, o.id(), f);
    }

    static PackageItem member(Member m, LongFunction<String> orgCode) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("idNumber", m.idNumber());
        f.put("name", m.name());
        f.put("gender", m.gender() == null ? "" : m.gender().name());
        f.put("ethnicity", s(m.ethnicity()));
        f.put("birthDate", s(m.birthDate()));
        f.put("category", m.category() == null ? "" : m.category().name());
        f.put("joinedOn", s(m.joinedOn()));
        f.put("confirmedOn", s(m.confirmedOn()));
        f.put("orgCode", orgCode.apply(m.orgId()));
        f.put("workUnitPost", s(m.workUnitPost()));
        f.put("cadre", Boolean.toString(m.cadre()));
        f.put("rank", m.rank() == null ? "" : m.rank().name());
        f.put("managingOrgCode", m.managingOrgId() == null ? "" : s(orgCode.apply(m.managingOrgId())));
        f.put("phone", s(m.phone()));
        return new PackageItem(PackageItem.MEMBER, m.id(), f);
    }

    static PackageItem register(RegisterRecord r, String idNumber, String platformCode, String categoryCode) {
        RegisterForm form = r.form();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", form.kind().name());
        f.put("idNumber", idNumber);
        f.put("platform", platformCode);
        f.put("overseas", Boolean.toString(form.overseas()));
        f.put("name", form.name());
        f.put("identifier", form.identifier());
        f.put("url", s(form.url()));
        f.put("roleIdentity", s(form.roleIdentity()));
        f.put("purpose", s(form.purpose()));
        f.put("openedOn", s(form.openedOn()));
        f.put("reportedOn", s(r.reportedOn()));
        f.put("notes", s(form.notes()));
        f.put("category", s(categoryCode));
        f.put("memberRole", form.memberRole() == null ? "" : form.memberRole().name());
        f.put("inRoleIdentity", Boolean.toString(form.inRoleIdentity()));
        f.put("groupSize", s(form.groupSize()));
        f.put("groupSizeOn", s(form.groupSizeOn()));
        f.put("accountType", s(form.accountType()));
        f.put("certSubject", s(form.certSubject()));
        f.put("certUscc", s(form.certUscc()));
        f.put("contentArea", s(form.contentArea()));
        f.put("filingNo", s(r.filingNo()));
        f.put("status", r.status().name());
        return new PackageItem(PackageItem.REGISTER, r.id(), f);
    }

    static String hash(PackageItem item) {
        return Sm2.sm3(item.canonical().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
