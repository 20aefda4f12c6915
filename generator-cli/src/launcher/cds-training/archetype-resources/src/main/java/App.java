#set( $symbol_pound = '#' )
package ${package};

/** ${greeting}. */
public final class App {
    public static void main(String[] args) {
        System.out.println("${greeting.replace('"', '')}");
    }
}
