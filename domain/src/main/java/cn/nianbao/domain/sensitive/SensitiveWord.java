package cn.nianbao.domain.sensitive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "sensitive_word")
class SensitiveWord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "county_id", nullable = false)
    private Long countyId;

    @Column(nullable = false)
    private String word;

    protected SensitiveWord() {
    }

    SensitiveWord(Long countyId, String word) {
        this.countyId = countyId;
        this.word = word;
    }

    String getWord() {
        return word;
    }
}
