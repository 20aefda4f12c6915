package ${package};
class App {}
