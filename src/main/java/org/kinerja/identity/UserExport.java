package org.kinerja.identity;

import java.util.stream.Collectors;

import org.kinerja.exchange.ExportTable;
import org.kinerja.exchange.RowSource;
import org.kinerja.shared.PageQuery;

/** The users list as exported by {@code GET /api/v1/users?format=} and {@code /admin/users/export.csv|xlsx}. */
final class UserExport {

    static final ExportTable<UserAccount> TABLE = ExportTable.<UserAccount>builder("users.title")
            .number("users.export.id", UserAccount::id)
            .text("users.export.email", UserAccount::email)
            .text("users.export.displayName", UserAccount::displayName)
            .text("users.export.roles", u -> u.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")))
            .text("users.export.memberCode", UserAccount::memberCode)
            .text("users.export.preferredLanguage", UserAccount::preferredLanguage)
            .bool("users.export.active", UserAccount::active)
            .bool("users.export.mustChangePassword", UserAccount::mustChangePassword)
            .dateTime("users.export.createdAt", UserAccount::createdAt)
            .dateTime("users.export.updatedAt", UserAccount::updatedAt)
            .build();

    static final String FILE_NAME = "users";

    private UserExport() {
    }

    /** Every user matching the list's filters, a page at a time (user lists are short). */
    static RowSource<UserAccount> rows(UserService users, String q, Role role, Boolean active) {
        return RowSource.paged((PageQuery page) -> users.list(q, role, active, page).items());
    }
}
