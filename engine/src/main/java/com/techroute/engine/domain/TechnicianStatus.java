package com.techroute.engine.domain;

/** Whether a technician takes new work at all, whatever their shifts say. */
public enum TechnicianStatus {
    ACTIVE,
    INACTIVE
}
