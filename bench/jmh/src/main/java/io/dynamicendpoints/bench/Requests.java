package io.dynamicendpoints.bench;

import io.dynamicendpoints.application.receive.IncomingRequest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.FIRST_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.SECOND_HASH;

/** The requests the benchmarks send: what a payment provider's or a shop's webhook looks like. */
final class Requests {

    /** An order webhook of about 1 KB, nested like real ones. */
    static final String JSON_1KB = """
            {"event":"order.created","case_ref":"C-10293","invoice_amount":2500,"currency":"EUR",\
            "customer_email":"John.Doe@Example.com","customer":{"id":48213,"first_name":"John","last_name":"Doe",\
            "phone":"+49 30 1234567","address":{"street":"Unter den Linden 1","city":"Berlin","zip":"10117",\
            "country":"DE"}},"order":{"id":"ord_7f3a9c","created_at":"2024-04-12T10:15:30Z","items":[\
            {"sku":"A1","name":"Espresso beans 1kg","qty":2,"price":24.90},\
            {"sku":"B2","name":"Milk frother","qty":1,"price":89.00},\
            {"sku":"C3","name":"Descaler","qty":3,"price":7.50},\
            {"sku":"D4","name":"Cup set","qty":1,"price":39.00}],\
            "shipping":{"method":"express","cost":9.90,"tracking":null},"notes":"Please ring twice. Leave at the door if nobody answers."},\
            "metadata":{"source":"web","campaign":"spring","ab_variant":"b","consent":true,"tags":["vip","repeat","newsletter"]}}""";

    /** The same order as a browser form would post it, in PHP bracket notation (about 1 KB). */
    static final String FORM_1KB = "event=order.created&case_ref=C-10293&invoice_amount=2500&currency=EUR"
            + "&customer_email=John.Doe%40Example.com&customer%5Bid%5D=48213&customer%5Bfirst_name%5D=John"
            + "&customer%5Blast_name%5D=Doe&customer%5Bphone%5D=%2B49+30+1234567"
            + "&customer%5Baddress%5D%5Bstreet%5D=Unter+den+Linden+1&customer%5Baddress%5D%5Bcity%5D=Berlin"
            + "&customer%5Baddress%5D%5Bzip%5D=10117&customer%5Baddress%5D%5Bcountry%5D=DE"
            + "&order%5Bitems%5D%5B0%5D%5Bsku%5D=A1&order%5Bitems%5D%5B0%5D%5Bqty%5D=2"
            + "&order%5Bitems%5D%5B1%5D%5Bsku%5D=B2&order%5Bitems%5D%5B1%5D%5Bqty%5D=1"
            + "&order%5Bitems%5D%5B2%5D%5Bsku%5D=C3&order%5Bitems%5D%5B2%5D%5Bqty%5D=3"
            + "&order%5Bitems%5D%5B3%5D%5Bsku%5D=D4&order%5Bitems%5D%5B3%5D%5Bqty%5D=1"
            + "&order%5Bnotes%5D=Please+ring+twice.+Leave+at+the+door+if+nobody+answers."
            + "&metadata%5Bsource%5D=web&metadata%5Bcampaign%5D=spring&metadata%5Btags%5D%5B%5D=vip"
            + "&metadata%5Btags%5D%5B%5D=repeat&metadata%5Btags%5D%5B%5D=newsletter";

    private Requests() {
    }

    static IncomingRequest post(String contentType, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("host", List.of("hooks.example.com"));
        headers.put("user-agent", List.of("Stripe/1.0 (+https://stripe.com/docs/webhooks)"));
        headers.put("accept", List.of("*/*; q=0.5", "application/xml"));
        headers.put("content-type", List.of(contentType));
        headers.put("content-length", List.of(Integer.toString(body.length())));
        headers.put("x-event-type", List.of("order.created"));
        headers.put("x-request-id", List.of("5b1f0c7e-3f5e-4a4b-9a2e-0c1d2e3f4a5b"));
        headers.put("accept-encoding", List.of("gzip"));
        return new IncomingRequest("POST", FIRST_HASH, SECOND_HASH, Map.of("source", List.of("web")), headers,
                body.getBytes(StandardCharsets.UTF_8));
    }
}
