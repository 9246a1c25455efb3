package org.kinerja.measurement.values;

import java.util.List;

import org.kinerja.measurement.IpttRow;

/**
 * The IPTT rows of one purpose, as the IPTT page shows them. Public because the precompiled templates read it.
 *
 * @param number the purpose number
 * @param title  its title ("" when the plan no longer has the purpose)
 * @param rows   its indicators against their targets, in code order
 */
public record IpttGroup(int number, String title, List<IpttRow> rows) {
}
