package org.peersupport.matching.scim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.peersupport.matching.directory.Contacts;
import org.peersupport.matching.directory.StaffDirectory;
import org.peersupport.matching.directory.StaffMember;
import org.peersupport.matching.directory.StaffMemberRepository;
import org.peersupport.matching.offer.OfferAnswers;
import org.peersupport.matching.offer.OfferRepository;
import org.peersupport.matching.offer.OfferStatus;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as SCIM Users. A user is a staff member who has not left; their SCIM
 * {@code id} and {@code userName} are their staff id. Every write goes through the roster
 * import's own upsert ({@link StaffDirectory#provision}), in the SCIM call's transaction:
 * the identity system owns name, e-mail, role ({@code title}), department and line
 * manager, and the program keeps what it alone knows (volunteering, training, languages,
 * identity tags). Deactivation ({@code active: false}) tombstones the entry and takes the
 * person out of the supporter pool at once, expiring any offer waiting for their answer
 * so the case goes to someone else, but keeps their key for a reactivation; a DELETE
 * makes them a leaver, whose key is destroyed.
 */
@Service
class ScimUsers {

	private static final Logger log = LoggerFactory.getLogger(ScimUsers.class);

	/** The most a list answers at once (ServiceProviderConfig's filter.maxResults). */
	static final int MAX_RESULTS = 200;

	private final StaffDirectory directory;

	private final StaffMemberRepository staff;

	private final Contacts contacts;

	private final ScimRecords records;

	private final OfferRepository offers;

	private final OfferAnswers answers;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ScimUsers(StaffDirectory directory, StaffMemberRepository staff, Contacts contacts, ScimRecords records,
			OfferRepository offers, OfferAnswers answers, JdbcTemplate jdbc, Clock clock) {
		this.directory = directory;
		this.staff = staff;
		this.contacts = contacts;
		this.records = records;
		this.offers = offers;
		this.answers = answers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One page of users.
	 *
	 * @param total how many match in all
	 * @param startIndex the 1-based index of the first
	 * @param users the page
	 */
	record Page(int total, int startIndex, List<ObjectNode> users) {
	}

	@Transactional
	public ObjectNode create(JsonNode body, String base) {
		ScimUser user = ScimUserReader.read(body);
		Optional<StaffMember> existing = this.staff.findById(user.userName());
		if (existing.isPresent() && current(existing.get())) {
			throw ScimException.uniqueness("userName " + user.userName() + " is already provisioned");
		}
		write(user, existing);
		return view(user.userName(), base);
	}

	@Transactional(readOnly = true)
	public ObjectNode get(String id, String base) {
		return view(live(id).staffId(), base);
	}

	@Transactional
	public ObjectNode replace(String id, JsonNode body, String base) {
		StaffMember existing = live(id);
		ScimUser user = ScimUserReader.read(body);
		sameUserName(id, user);
		write(user, Optional.of(existing));
		return view(id, base);
	}

	@Transactional
	public ObjectNode patch(String id, JsonNode body, String base) {
		StaffMember existing = live(id);
		ObjectNode state = ScimUserView.state(existing, this.contacts, this.records.of(id), active(id));
		ScimPatch.apply(state, body);
		ScimUser user = ScimUserReader.read(state);
		sameUserName(id, user);
		write(user, Optional.of(existing));
		return view(id, base);
	}

	/** The person leaves: tombstoned, out of the pool, key destroyed. */
	@Transactional
	public void delete(String id) {
		StaffMember existing = live(id);
		expireOpenOffers(id);
		this.directory.provision(ScimMapping.leaver(existing, today()));
		this.records.delete(id);
		log.info("The identity system deleted a user: they left the directory");
	}

	@Transactional(readOnly = true)
	public Page list(ScimFilter filter, int startIndex, int count, String base) {
		List<String> ids;
		if (filter == null) {
			ids = this.jdbc.queryForList(
					"SELECT staff_id FROM staff_member WHERE left_on IS NULL OR left_on > ? ORDER BY staff_id",
					String.class, java.sql.Date.valueOf(today()));
		}
		else if (filter.attribute().equals("externalId")) {
			ids = this.records.withExternalId(filter.value()).stream().filter(this::isLive).toList();
		}
		else {
			ids = isLive(filter.value()) ? List.of(filter.value()) : List.of();
		}
		int from = Math.min(Math.max(startIndex, 1) - 1, ids.size());
		int to = Math.min(from + Math.max(Math.min(count, MAX_RESULTS), 0), ids.size());
		return new Page(ids.size(), from + 1, ids.subList(from, to).stream().map((id) -> view(id, base)).toList());
	}

	/**
	 * Writes what the user says through the import's upsert; unchanged, nothing is
	 * written or published. A deactivation is recorded before the upsert (so the changed
	 * entry is not published first), a reactivation after it.
	 */
	private void write(ScimUser user, Optional<StaffMember> existing) {
		String staffId = user.userName();
		StaffMember member = ScimMapping.member(user, existing, this.contacts, this.clock.instant(), today());
		if (!user.active()) {
			if (this.directory.deactivate(staffId)) {
				expireOpenOffers(staffId);
				log.info("The identity system deactivated a user");
			}
			this.directory.provision(member);
		}
		else {
			this.directory.provision(member);
			if (this.directory.reactivate(staffId)) {
				log.info("The identity system reactivated a user");
			}
		}
		this.records.save(user, this.clock.instant());
	}

	/**
	 * An offer waiting for their answer expires through the offer's own path, so the case
	 * is offered to the next supporter (who cannot be them: they are out of the pool).
	 */
	private void expireOpenOffers(String staffId) {
		this.offers.findBySupporterIdOrderByOfferedAtDesc(staffId)
			.stream()
			.filter((offer) -> offer.status() == OfferStatus.OFFERED)
			.forEach((offer) -> this.answers.expire(offer.id()));
	}

	private ObjectNode view(String staffId, String base) {
		StaffMember member = this.staff.findById(staffId)
			.orElseThrow(() -> ScimException.notFound("no user " + staffId));
		return ScimUserView.of(member, this.contacts, this.records.of(staffId), active(staffId), base);
	}

	private boolean active(String staffId) {
		return !this.directory.isDeactivated(staffId);
	}

	private StaffMember live(String id) {
		return this.staff.findById(id)
			.filter(this::current)
			.orElseThrow(() -> ScimException.notFound("User " + id + " not found"));
	}

	private boolean isLive(String id) {
		return this.staff.findById(id).filter(this::current).isPresent();
	}

	/** Not (yet) left: a user the identity system can see. */
	private boolean current(StaffMember member) {
		LocalDate leftOn = member.profile().leftOn();
		return leftOn == null || leftOn.isAfter(today());
	}

	private static void sameUserName(String id, ScimUser user) {
		if (!user.userName().equals(id)) {
			throw ScimException.mutability("userName is the staff id and cannot change (was " + id + ")");
		}
	}

	private LocalDate today() {
		Instant now = this.clock.instant();
		return now.atZone(ZoneOffset.UTC).toLocalDate();
	}

}
