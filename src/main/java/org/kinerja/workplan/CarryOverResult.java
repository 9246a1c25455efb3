package org.kinerja.workplan;

/**
 * What a carry-over did: the next year's work plan (created when it was absent), how many unfinished
 * activities were copied into it and how many were skipped because they had been carried there before.
 */
public record CarryOverResult(long targetWorkPlanId, int targetYear, boolean targetCreated, int carried, int skipped) {
}
