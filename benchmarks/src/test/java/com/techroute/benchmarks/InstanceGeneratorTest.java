package com.techroute.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techroute.engine.calendar.WeeklyWindow;
import com.techroute.engine.decision.Decision;
import com.techroute.engine.decision.DecisionEngine;
import com.techroute.engine.decision.Roster;
import com.techroute.engine.decision.TicketContext;
import com.techroute.engine.domain.Technician;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InstanceGeneratorTest {

    private static final Instance INSTANCE = new InstanceGenerator(7L).generate(400, 300);

    @Test
    void sameSeedGivesSameInstance() {
        Instance again = new InstanceGenerator(7L).generate(400, 300);

        assertThat(again.technicians()).isEqualTo(INSTANCE.technicians());
        assertThat(again.workload()).isEqualTo(INSTANCE.workload());
        assertThat(again.tickets()).isEqualTo(INSTANCE.tickets());
    }

    @Test
    void technicianFieldsStayInRange() {
        for (Technician technician : INSTANCE.technicians()) {
            assertThat(technician.skills()).hasSizeBetween(3, 8);
            assertThat(technician.skills().values()).allSatisfy(level -> assertThat(level).isBetween(1, 5));
            assertThat(technician.capacity()).isBetween(Duration.ofHours(16), Duration.ofHours(40));
            assertThat(INSTANCE.workload().of(technician.id()).openEffort()).isLessThanOrEqualTo(Duration.ofHours(30));
        }
    }

    @Test
    void techniciansSpreadOverFourZones() {
        Set<ZoneId> zones = new HashSet<>();
        INSTANCE.technicians().forEach(technician -> zones.add(technician.zone()));

        assertThat(zones).hasSize(4);
    }

    @Test
    void someTechniciansWorkNightsOrAreAway() {
        long nightShifts = INSTANCE.technicians().stream()
                .filter(technician -> technician.shifts().stream().anyMatch(WeeklyWindow::crossesMidnight)).count();
        long away = INSTANCE.technicians().stream()
                .filter(technician -> technician.timeOff().stream().anyMatch(off -> off.covers(INSTANCE.asOf())))
                .count();

        assertThat(nightShifts).isGreaterThan(0);
        assertThat(away).isGreaterThan(0);
    }

    @Test
    void ticketsNeedOneToThreeSkills() {
        for (TicketContext ticket : INSTANCE.tickets()) {
            assertThat(ticket.requirements()).hasSizeBetween(1, 3);
            assertThat(ticket.deadlines().respondBy()).isAfter(ticket.ticket().createdAt());
        }
    }

    @Test
    void engineAssignsMostTickets() {
        DecisionEngine engine = new DecisionEngine(INSTANCE.profile());
        Roster roster = INSTANCE.roster();
        long assigned = INSTANCE.tickets().stream()
                .map(ticket -> engine.decide(ticket, roster, INSTANCE.asOf()))
                .filter(Decision::assigned).count();

        assertThat(assigned).isBetween(INSTANCE.tickets().size() * 7L / 10, INSTANCE.tickets().size() - 1L);
    }

    @Test
    void generateRejectsEmptyTenant() {
        assertThatThrownBy(() -> new InstanceGenerator(1L).generate(0, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 technicians");
    }
}
