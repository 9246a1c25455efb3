package org.kinerja.audit;

/**
 * What an audit entry records: a change to a record, or how a sign-in attempt ended.
 */
public enum AuditAction {
    CREATE, UPDATE, DELETE, SIGN_IN_SUCCESS, SIGN_IN_FAILURE, SIGN_IN_LOCKED
}
