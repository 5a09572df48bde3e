package cn.chegu.viewer.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application over MockMvc, on an in-memory H2GIS loaded from the hand-made fixture
 * {@code src/test/resources/fixtures/gis-data} (zone 1, parks 2, transport 2, facilities 2).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:api-test;DB_CLOSE_DELAY=-1",
      "chegu.sample-data=classpath:fixtures/gis-data/"
    })
@AutoConfigureMockMvc
@interface ApiTest {}
