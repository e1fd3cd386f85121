package org.empathytrainer.bench;

import java.util.concurrent.TimeUnit;
import org.empathytrainer.content.ContentRepository;
import org.empathytrainer.content.ContentSource;
import org.empathytrainer.content.Course;
import org.empathytrainer.content.Step;
import org.empathytrainer.content.ToneFacts;
import org.empathytrainer.practice.ToneCheck;
import org.empathytrainer.practice.ToneReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The live tone check on a reply of 500 to 4,000 characters (the most a text box holds), with the shipped phrases and
 * the porch-parcel case's facts, as the Discuss step runs it on every keystroke. The reply mixes good sentences with
 * pitfalls of every kind, so every rule has work to do. Time should grow in proportion to the length.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ToneCheckBenchmark {
    private static final String[] SENTENCES = {
        "Grace, I can hear how worried you are with your dad's birthday dinner on Saturday. ",
        "I'm sorry, but the tracking shows it was left on your porch. ",
        "It's just a parcel, these things happen. ",
        "As I already said, you should have asked for a signature. ",
        "I UNDERSTAND YOU ARE UPSET. ",
        "Oh great, another parcel that walked off. ",
        "None of this is your fault, and there's nothing more you could have done. ",
        "I'll call the depot this morning and ring you back by 4 pm with what they say. ",
        "I promise it will arrive by Saturday, guaranteed. ",
        "Thank you for your patience, we apologise for any inconvenience. ",
    };

    @Param({"500", "1000", "2000", "4000"})
    public int length;

    private ToneCheck check;
    private ToneFacts facts;
    private String reply;

    @Setup
    public void prepare() {
        Course course = ContentRepository.load(ContentSource.builtIn());
        check = ToneCheck.forCourse(course);
        facts = course.findCase("porch-parcel").orElseThrow().toneFacts();
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < length; i++) {
            b.append(SENTENCES[i % SENTENCES.length]);
        }
        reply = b.substring(0, length);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public ToneReport checkReply() {
        return check.report(reply, facts, Step.DISCUSS);
    }
}
