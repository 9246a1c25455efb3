package org.kinerja.workplan.internal;

import java.math.BigDecimal;

/**
 * The budgets and expenditure of some activities in one currency: amounts in different currencies are never
 * added up. {@code currency} is {@code null} for expenditure recorded on activities without a budget.
 */
public record MoneyTotal(String currency, BigDecimal budget, BigDecimal expenditure) {
}
