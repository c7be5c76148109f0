package org.peersupport.matching;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.peersupport.matching.directory.CsvRoster;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.directory.Contacts;
import org.peersupport.matching.directory.StaffMemberRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's grouped fields (profile, volunteering) are embedded columns of
 * {@code staff_member}: an imported roster reads back exactly as it was parsed, full or
 * nearly empty, and supporters are found by their embedded flag.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffMemberStorageIT extends MatchingIntegrationTest {

	@Autowired
	StaffMemberRepository staff;

	@Autowired
	Contacts contacts;

	@Test
	void anImportedStaffMemberReadsBackAsItWasParsed() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String csv = """
				staffId,name,email,department,role,supervisorId,supporter,trained,maxActive,specialty,seniority,languages,identityTags,trainedOn,trainingExpiresOn
				FULL-%1$s,Rae Full,rae@h.test,ED,RN,BOSS-%1$s,true,true,3,Emergency,12,en;es,parent,2025-01-10,2027-01-10
				BARE-%1$s,Ray Bare,,,,,false,false,,,,,,,
				"""
			.formatted(run);
		importRoster(csv).jsonPath("$.imported").isEqualTo(2);
		for (StaffMember parsed : CsvRoster.parse(csv, Instant.EPOCH).members()) {
			StaffMember stored = this.staff.findById(parsed.staffId()).orElseThrow();
			// Stored sealed with the person's key; opened, exactly as parsed.
			assertThat(stored.name()).startsWith("ps1:").isNotEqualTo(parsed.name());
			assertThat(this.contacts.name(stored)).contains(parsed.name());
			assertThat(this.contacts.email(stored)).isEqualTo(java.util.Optional.ofNullable(parsed.email()));
			assertThat(stored.profile()).isEqualTo(parsed.profile());
			assertThat(stored.volunteering()).isEqualTo(parsed.volunteering());
		}
		assertThat(this.staff.findByVolunteeringSupporterTrue()).extracting(StaffMember::staffId)
			.contains("FULL-" + run)
			.doesNotContain("BARE-" + run);
	}

}
