package org.kinerja.plan;

/**
 * One guiding principle of a plan: how the RSO works towards its purposes.
 *
 * @param number      its position in the plan, from 1, unique within the plan
 * @param title       the principle in a few words
 * @param description the whole principle
 */
public record Principle(Integer number, String title, String description) {
}
