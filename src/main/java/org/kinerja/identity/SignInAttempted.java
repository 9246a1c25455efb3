package org.kinerja.identity;

/**
 * Someone tried to sign in, on a page or through the API. Published in the transaction that records
 * the attempt; the audit trail writes it there too.
 *
 * @param email         the address typed, in lower case (whether or not such a user exists)
 * @param userId        the user's id when the address belongs to one
 * @param outcome       how it ended
 * @param remoteAddress where the attempt came from
 */
public record SignInAttempted(String email, Long userId, Outcome outcome, String remoteAddress) {

    public enum Outcome { SUCCESS, FAILURE, LOCKED }
}
