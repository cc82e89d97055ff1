package cn.nianbao.domain.user;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActingLeaderRepository extends JpaRepository<ActingLeader, Long> {

    /** The periods in which the person acts on the day, not ended early. */
    @Query("select a from ActingLeader a where a.acting = :acting and a.endedAt is null"
            + " and a.startsOn <= :day and a.endsOn >= :day")
    List<ActingLeader> activeFor(String acting, LocalDate day);

    /** A leader's periods that are not over on the day (running or to come), earliest first. */
    @Query("select a from ActingLeader a where a.leader = :leader and a.endedAt is null and a.endsOn >= :day"
            + " order by a.startsOn, a.id")
    List<ActingLeader> openOf(String leader, LocalDate day);
}
