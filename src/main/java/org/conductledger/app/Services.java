package org.conductledger.app;

import java.time.Clock;
import org.conductledger.model.MemberChangeRules;
import org.conductledger.model.MemberRules;
import org.conductledger.model.OrganisationRules;
import org.conductledger.service.DatabaseInfoService;
import org.conductledger.service.MemberService;
import org.conductledger.service.OrganisationService;
import org.conductledger.store.Database;
import org.conductledger.store.MemberHistoryRepository;
import org.conductledger.store.MemberRepository;
import org.conductledger.store.OrganisationRepository;
import org.conductledger.store.TableStatistics;

/**
 * The composition root of everything below the UI: builds repositories and services by constructor,
 * once per open database. The GUI and the CLI both start here.
 */
public record Services(Database database, OrganisationService organisations, MemberService members,
                       DatabaseInfoService info) implements AutoCloseable {

    public static Services wire(Database database, Clock clock) {
        OrganisationRepository organisationRepository = new OrganisationRepository(database);
        MemberRepository memberRepository = new MemberRepository(database);
        MemberHistoryRepository historyRepository = new MemberHistoryRepository(database);
        OrganisationService organisationService =
                new OrganisationService(database, organisationRepository, new OrganisationRules(clock));
        MemberService memberService = new MemberService(database, memberRepository, organisationRepository,
                historyRepository, new MemberRules(clock), new MemberChangeRules(clock));
        DatabaseInfoService infoService = new DatabaseInfoService(database, new TableStatistics(database));
        return new Services(database, organisationService, memberService, infoService);
    }

    @Override
    public void close() {
        database.close();
    }
}
