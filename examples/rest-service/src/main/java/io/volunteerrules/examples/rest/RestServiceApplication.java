package io.volunteerrules.examples.rest;

import io.volunteerrules.core.certificate.CertificateRegister;
import io.volunteerrules.store.CertificateKeys;
import io.volunteerrules.store.JdbcCertificateRegister;
import io.volunteerrules.store.JdbcDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A REST service on the Spring Boot starter: {@code POST /decisions} answers a request,
 * {@code POST /certificates} issues the certificates a request's certificate questions allow, and
 * {@code /openapi.yaml} describes both. The starter supplies the rules, the problem details for invalid
 * requests, health, info and the timers; this application adds only its controllers and the register.
 */
@SpringBootApplication
public class RestServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(RestServiceApplication.class, args);
    }

    /**
     * The issuance register: numbers certificates and signs their verification codes with the keys
     * configured in {@code example.register.keys} ({@code id:base64-key,…}, the signing key first).
     */
    @Bean
    CertificateRegister certificateRegister(@Value("${example.register.url}") String url,
            @Value("${example.register.user:}") String user, @Value("${example.register.password:}") String password,
            @Value("${example.register.keys}") String keys) {
        return JdbcCertificateRegister.open(JdbcDatabase.of(url, blankToNull(user), blankToNull(password)),
                CertificateKeys.parse(keys));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
