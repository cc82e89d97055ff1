package cn.nianbao.domain.deadline;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

@Entity
@Table(name = "county_deadline")
@IdClass(CountyDeadline.Key.class)
class CountyDeadline {

    record Key(Long countyId, int year) implements Serializable {
        Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "county_id")
    private Long countyId;

    @Id
    @Column(name = "report_year")
    private int year;

    @Column(nullable = false)
    private LocalDate deadline;

    protected CountyDeadline() {
    }

    CountyDeadline(Long countyId, int year, LocalDate deadline) {
        this.countyId = countyId;
        this.year = year;
        this.deadline = deadline;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
