package org.peersupport.outreach.colleague;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts referrals per referrer per day, so that nobody floods colleagues with outreach.
 * A count holds a one-way pseudonym of the referrer and the day only: never the
 * colleague, the case or the time, so it cannot say whom anyone referred. Past days are
 * deleted as today's are counted.
 */
@Component
class ReferralQuota {

	private final JdbcTemplate jdbc;

	private final int perDay;

	ReferralQuota(JdbcTemplate jdbc, @Value("${peersupport.outreach.referrals-per-day:5}") int perDay) {
		this.jdbc = jdbc;
		this.perDay = perDay;
	}

	/**
	 * Counts one more referral today, or refuses it when the referrer reached the limit.
	 * @throws ReferralLimitReached over the limit (nothing is counted)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void take(String referrerStaffId, LocalDate today) {
		this.jdbc.update("DELETE FROM referral_quota WHERE day < ?", Date.valueOf(today));
		Integer used = this.jdbc.query("""
				INSERT INTO referral_quota (referrer, day, used) VALUES (?, ?, 1)
				ON CONFLICT (referrer, day) DO UPDATE SET used = referral_quota.used + 1
				WHERE referral_quota.used < ? RETURNING used""", (rs) -> rs.next() ? rs.getInt(1) : null,
				pseudonym(referrerStaffId), Date.valueOf(today), this.perDay);
		if (used == null || used > this.perDay) {
			throw new ReferralLimitReached(this.perDay);
		}
	}

	private static String pseudonym(String staffId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("outreach-referral-quota:" + staffId).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
