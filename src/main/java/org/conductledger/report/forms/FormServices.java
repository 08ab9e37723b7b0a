package org.conductledger.report.forms;

import org.conductledger.service.CaseService;
import org.conductledger.service.MemberService;
import org.conductledger.service.OrganisationService;
import org.conductledger.service.OutcomeService;
import org.conductledger.service.RecognitionService;
import org.conductledger.service.ReferenceService;
import org.conductledger.service.RegisterService;

/** The services the forms read from, each checking the session's permissions and scope. */
public record FormServices(RegisterService registers, MemberService members, OrganisationService organisations,
                           CaseService cases, OutcomeService outcomes, RecognitionService recognition,
                           ReferenceService reference) {
}
