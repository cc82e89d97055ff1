package cn.nianbao.domain.deadline;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountyDeadlineRepository extends JpaRepository<CountyDeadline, CountyDeadline.Key> {
}
