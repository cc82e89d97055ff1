package cn.nianbao.domain.onboarding;

/** The one-time password of a person an import created, answered once to the importer and stored only as a hash. */
public record IssuedPassword(String username, String password) {

    @Override
    public String toString() {
        return "IssuedPassword[" + username + ", password hidden]";
    }
}
