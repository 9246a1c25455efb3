/** The dashboard's pages and API. */
package org.kinerja.dashboard.web;
